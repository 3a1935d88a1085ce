// echo: replies to every message with the same text.
// Shows: on.message and msg.reply.
// Run: scripts/simplex-script examples/echo.groovy   (then type a message: you are alice)
on.message { msg ->
  msg.reply(msg.text)
}
