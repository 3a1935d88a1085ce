// echo: replies to every message with the same text.
// Shows: on.message and msg.reply.
// Run: scripts/simplex-script examples/echo.js   (then type a message: you are alice)
on.message(async msg => {
  await msg.reply(msg.text)
})
