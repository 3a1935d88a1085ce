// broadcast: publishers (listed in store) send a message once; the bot forwards it to every
// contact, at most one broadcast per contact per minute.
// Shows: contacts.list, store, rate limiting from the stdlib.
// Run: scripts/simplex-script examples/broadcast.groovy
//   The first contact to send /publish becomes a publisher: /publish Big news!
def stdlib = require('simplex/stdlib')
def perContact = stdlib.rateLimit(max: 1, perMs: 60000)

def publishers = { store.get('publishers') ?: [] }

command('/publish', 'Publishers: /publish <text> sends it to every contact') { msg, args ->
  def list = publishers()
  if (!list) {
    list = [msg.sender.name]
    store.set('publishers', list)
    msg.reply('You are the first publisher.')
  }
  if (!(msg.sender.name in list)) return msg.reply('Only publishers can broadcast.')
  def text = args.join(' ')
  if (!text) return msg.reply('Usage: /publish <text>')
  int sent = 0
  int skipped = 0
  contacts.list().each { contact ->
    if (contact.ref == msg.chatRef) return
    if (!perContact.allow(contact)) { skipped++; return }
    send(contact, text)
    sent++
  }
  msg.reply("Sent to ${sent} contact(s)" + (skipped ? ", ${skipped} skipped by the rate limit." : '.'))
}

command('/publishers', 'List publishers') { msg, args ->
  msg.reply("Publishers: ${publishers().join(', ') ?: 'none'}")
}
