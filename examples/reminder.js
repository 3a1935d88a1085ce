// reminder: /remind 10m tea sends "Reminder: tea" in ten minutes. Reminders survive a restart:
// they are kept in store and rescheduled on start.
// Shows: after(), store, on.start.
// Run: scripts/simplex-script examples/reminder.js   (then: /remind 5s stretch)
const UNITS = { s: 1000, m: 60000, h: 3600000, d: 86400000 }

function remindLater(id, reminder) {
  after(Math.max(0, reminder.at - Date.now()), async () => {
    const all = store.get('reminders') || {}
    delete all[id]
    store.set('reminders', all)
    await send(reminder.chat, `Reminder: ${reminder.text}`)
  })
}

on.start(() => {
  const all = store.get('reminders') || {}
  for (const [id, reminder] of Object.entries(all)) remindLater(id, reminder)
  if (Object.keys(all).length) log.info(`rescheduled ${Object.keys(all).length} reminder(s)`)
})

command('/remind', 'Remind me: /remind <10m|2h|30s> <text>', async (msg, args) => {
  const m = /^(\d+)([smhd])$/.exec(args[0] || '')
  const text = args.slice(1).join(' ')
  if (!m || !text) return msg.reply('Usage: /remind <number><s|m|h|d> <text>, e.g. /remind 10m tea')
  const id = String((store.get('lastReminder') || 0) + 1)
  store.set('lastReminder', Number(id))
  const reminder = { chat: msg.chatRef, text, at: Date.now() + Number(m[1]) * UNITS[m[2]] }
  store.set('reminders', { ...(store.get('reminders') || {}), [id]: reminder })
  remindLater(id, reminder)
  await msg.reply(`OK, I will remind you in ${args[0]}.`)
})
