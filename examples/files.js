// files: accepts files sent to the bot and reports their name and size when they arrive.
// Shows: on.file, file.receive(), the rcvFileComplete event.
// Run: scripts/simplex-script examples/files.js   (then: /file README.md)
on.file(async file => {
  await file.receive()
})

on('rcvFileComplete', async event => {
  const item = event.chatItem
  const file = item.chatItem.file
  await send(item.chatInfo.contact ? `@${item.chatInfo.contact.contactId}` : `#${item.chatInfo.groupInfo.groupId}`,
    `Got ${file.fileName} (${file.fileSize} bytes), thank you!`)
})
