// files: accepts files sent to the bot and tells the sender the name and size once it arrived.
// Shows: on.file (fires for the message offering a file, then again when the file is complete),
// msg.file.receive().
// Run: scripts/simplex-script examples/files.js   (then: /file README.md)
on.file(async msg => {
  if (msg.file.status === 'rcvInvitation') {
    await msg.file.receive()
  } else if (msg.file.status === 'rcvComplete') {
    await msg.reply(`Got ${msg.file.name} (${msg.file.size} bytes), thank you!`)
  }
})
