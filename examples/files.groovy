// files: accepts files sent to the bot and tells the sender the name and size once it arrived.
// Shows: on.file (fires for the message offering a file, then again when the file is complete),
// msg.file.receive().
// Run: scripts/simplex-script examples/files.groovy   (then: /file README.md)
on.file { msg ->
  if (msg.file.status == 'rcvInvitation') {
    msg.file.receive()
  } else if (msg.file.status == 'rcvComplete') {
    msg.reply("Got ${msg.file.name} (${msg.file.size} bytes), thank you!")
  }
}
