// reminder: /remind 10m tea sends "Reminder: tea" in ten minutes. Reminders survive a restart:
// they are kept in store and rescheduled on start.
// Shows: after(), store, on.start.
// Run: scripts/simplex-script examples/reminder.groovy   (then: /remind 5s stretch)
def UNITS = [s: 1000L, m: 60000L, h: 3600000L, d: 86400000L]

def remindLater = { String id, Map reminder ->
  after(Math.max(0L, (reminder.at as long) - new Date().time)) {
    def all = store.get('reminders') ?: [:]
    all.remove(id)
    store.set('reminders', all)
    send(reminder.chat, "Reminder: ${reminder.text}")
  }
}

on.start {
  def all = store.get('reminders') ?: [:]
  all.each { id, reminder -> remindLater(id, reminder) }
  if (all) log.info("rescheduled ${all.size()} reminder(s)")
}

command('/remind', 'Remind me: /remind <10m|2h|30s> <text>') { msg, args ->
  def m = (args ? args[0] : '') =~ /^(\d+)([smhd])$/
  def text = args.drop(1).join(' ')
  if (!m.matches() || !text) return msg.reply('Usage: /remind <number><s|m|h|d> <text>, e.g. /remind 10m tea')
  def id = String.valueOf((store.get('lastReminder') ?: 0) + 1)
  store.set('lastReminder', id as int)
  def reminder = [chat: msg.chatRef, text: text,
                  at: new Date().time + (m.group(1) as long) * UNITS[m.group(2)]]
  def all = store.get('reminders') ?: [:]
  all[id] = reminder
  store.set('reminders', all)
  remindLater(id, reminder)
  msg.reply("OK, I will remind you in ${args[0]}.")
}
