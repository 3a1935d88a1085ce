// moderator: group moderation. Links and banned words get a warning first, then the member is
// blocked for everyone, then removed. Counts are kept in store; /stats shows them to admins.
// Shows: group messages, msg.sender roles, messages.deleteMember, group.block/remove, store.
// Run: scripts/simplex-script examples/moderator.groovy
//   /join #Lounge (as alice), then post "see https://spam.example" three times.
def BANNED = ['spam', 'scam']
def LINK = ~/(?i)\bhttps?:\/\/|\bwww\./

on.start {
  def lounge = group.list().find { it.name == 'Lounge' } ?: group.create('Lounge')
  if (!link.get(lounge)) link.create(lounge)
}

def offence = { String text ->
  if (text =~ LINK) return 'links'
  def word = BANNED.find { text.toLowerCase().contains(it) }
  word ? "the word \"${word}\"" : null
}

command('/stats', 'Moderation counts (admins)') { msg, args ->
  if (!msg.chatRef.startsWith('#')) return msg.reply('/stats works in a group.')
  if (!(msg.sender.role in ['admin', 'owner'])) return msg.reply('Only admins can see /stats.')
  def counts = store.get("counts:${msg.chat.id}".toString()) ?: [:]
  msg.reply(counts ? 'Offences:\n' + counts.collect { k, v -> "${k}: ${v}" }.join('\n') : 'No offences so far.')
}

on.message { msg ->
  if (!msg.chatRef.startsWith('#') || msg.text.startsWith('/')) return
  def why = offence(msg.text)
  if (!why) return
  def key = "counts:${msg.chat.id}".toString()
  def counts = store.get(key) ?: [:]
  def n = (counts[msg.sender.name] ?: 0) + 1
  counts[msg.sender.name] = n
  store.set(key, counts)
  try {
    messages.deleteMember(msg)
  } catch (e) {
    log.warn("could not delete: ${e.message}")
  }
  if (n == 1) {
    send(msg.chat, "@${msg.sender.name}, ${why} are not allowed here. Next time you will be blocked.")
  } else if (n == 2) {
    group.block(msg.chat, msg.sender)
    send(msg.chat, "${msg.sender.name} is blocked for posting ${why}.")
  } else {
    group.remove(msg.chat, msg.sender)
    send(msg.chat, "${msg.sender.name} was removed.")
  }
}
