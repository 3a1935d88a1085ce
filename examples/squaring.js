// squaring: the classic SimpleX example bot. Send a number, get its square back.
// Shows: replying conditionally, explaining bad input.
// Run: scripts/simplex-script examples/squaring.js   (then type 12)
on.message(async msg => {
  const text = msg.text.trim()
  const n = Number(text)
  if (text === '' || !Number.isFinite(n)) {
    await msg.reply('Send me a number and I will reply with its square.')
  } else {
    await msg.reply(`${n} * ${n} = ${n * n}`)
  }
})
