// squaring: the classic SimpleX example bot. Send a number, get its square back.
// Shows: replying conditionally, explaining bad input.
// Run: scripts/simplex-script examples/squaring.groovy   (then type 12)
on.message { msg ->
  def text = msg.text.trim()
  if (text.isBigDecimal()) {
    def n = text.toBigDecimal()
    msg.reply("${n} * ${n} = ${n * n}")
  } else {
    msg.reply('Send me a number and I will reply with its square.')
  }
}
