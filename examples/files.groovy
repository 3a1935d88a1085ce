// files: accepts files sent to the bot and reports their name and size when they arrive.
// Shows: on.file (called when a file is offered, and again once it has arrived), msg.file.receive().
// Run: scripts/simplex-script examples/files.groovy   (then: /file README.md)
on.file { msg ->
  if (msg.file.status == 'rcvInvitation') {
    msg.file.receive()
  } else if (msg.file.status == 'rcvComplete') {
    msg.reply("Got ${msg.file.name} (${msg.file.size} bytes), thank you!")
  }
}
