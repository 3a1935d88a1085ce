// broadcast: publishers (listed in store) send a message once; the bot forwards it to every
// contact, at most one broadcast per contact per minute.
// Shows: contacts.list, store, rate limiting from the stdlib.
// Run: scripts/simplex-script examples/broadcast.js
//   The first contact to send /publish becomes a publisher: /publish Big news!
const { rateLimit } = require('simplex/stdlib')
const perContact = rateLimit({ max: 1, perMs: 60000 })

function publishers() {
  return store.get('publishers') || []
}

command('/publish', 'Publishers: /publish <text> sends it to every contact', async (msg, args) => {
  let list = publishers()
  if (list.length === 0) {
    list = [msg.sender.name]
    store.set('publishers', list)
    await msg.reply('You are the first publisher.')
  }
  if (!list.includes(msg.sender.name)) return msg.reply('Only publishers can broadcast.')
  const text = args.join(' ')
  if (!text) return msg.reply('Usage: /publish <text>')
  let sent = 0
  let skipped = 0
  for (const contact of await contacts.list()) {
    if (contact.ref === msg.chatRef) continue
    if (!perContact.allow(contact)) { skipped++; continue }
    await send(contact, text)
    sent++
  }
  await msg.reply(`Sent to ${sent} contact(s)` + (skipped ? `, ${skipped} skipped by the rate limit.` : '.'))
})

command('/publishers', 'List publishers', msg => msg.reply(`Publishers: ${publishers().join(', ') || 'none'}`))
