// moderator: group moderation. Links and banned words get a warning first, then the member is
// blocked for everyone, then removed. Counts are kept in store; /stats shows them to admins.
// Shows: group messages, msg.sender roles, messages.deleteMember, group.block/remove, store.
// Run: scripts/simplex-script examples/moderator.js
//   /join #Lounge (as alice), then post "see https://spam.example" three times.
const BANNED = ['spam', 'scam']
const LINK = /\bhttps?:\/\/|\bwww\./i

on.start(async () => {
  const groups = await group.list()
  const lounge = groups.find(g => g.name === 'Lounge') || await group.create('Lounge')
  if (!(await link.get(lounge))) await link.create(lounge)
})

function offence(text) {
  if (LINK.test(text)) return 'links'
  const word = BANNED.find(w => text.toLowerCase().includes(w))
  return word ? `the word "${word}"` : null
}

command('/stats', 'Moderation counts (admins)', async msg => {
  if (!msg.chatRef.startsWith('#')) return msg.reply('/stats works in a group.')
  if (!['admin', 'owner'].includes(msg.sender.role)) return msg.reply('Only admins can see /stats.')
  const counts = store.get(`counts:${msg.chat.id}`) || {}
  const lines = Object.entries(counts).map(([name, n]) => `${name}: ${n}`)
  await msg.reply(lines.length ? `Offences:\n${lines.join('\n')}` : 'No offences so far.')
})

on.message(async msg => {
  if (!msg.chatRef.startsWith('#') || msg.text.startsWith('/')) return
  const why = offence(msg.text)
  if (!why) return
  const key = `counts:${msg.chat.id}`
  const counts = store.get(key) || {}
  const n = (counts[msg.sender.name] || 0) + 1
  counts[msg.sender.name] = n
  store.set(key, counts)
  await messages.deleteMember(msg).catch(e => log.warn(`could not delete: ${e.message}`))
  if (n === 1) {
    await send(msg.chat, `@${msg.sender.name}, ${why} are not allowed here. Next time you will be blocked.`)
  } else if (n === 2) {
    await group.block(msg.chat, msg.sender)
    await send(msg.chat, `${msg.sender.name} is blocked for posting ${why}.`)
  } else {
    await group.remove(msg.chat, msg.sender)
    await send(msg.chat, `${msg.sender.name} was removed.`)
  }
})
