// files: accepts files sent to the bot and reports their name and size when they arrive.
// Shows: on.file (called when a file is offered, and again once it has arrived), msg.file.receive().
// Run: scripts/simplex-script examples/files.js   (then: /file README.md)
on.file(async msg => {
  if (msg.file.status === 'rcvInvitation') {
    await msg.file.receive()
  } else if (msg.file.status === 'rcvComplete') {
    await msg.reply(`Got ${msg.file.name} (${msg.file.size} bytes), thank you!`)
  }
})
