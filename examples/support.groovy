// support: a support desk on a business address.
// Shows: address settings (business address, auto-accept, welcome message), a /help menu,
// questions forwarded to an operators' group as tickets, operator answers routed back via store.
// Run: scripts/simplex-script examples/support.groovy
//   As alice (the default): type a question.      As an operator: /as bob /join #Operators
//   then: /as bob /answer 1 Your order ships today
def OPERATORS = 'Operators'

def operators = {
  group.list().find { it.name == OPERATORS } ?: group.create(OPERATORS)
}

on.start {
  if (!address.get()) address.create()
  address.settings([autoAccept: true, business: true,
                    welcome: 'Welcome to support! Write your question; /help lists what I can do.'])
  def ops = operators()
  if (!link.get(ops)) link.create(ops)
}

command('/help', 'How this desk works') { msg, args ->
  msg.reply('Write your question and an operator will answer here.\n/help - this text')
}

command('/answer', 'Operators: /answer <ticket> <text>') { msg, args ->
  if (msg.chat.name != OPERATORS) return msg.reply('Only operators can answer tickets.')
  def ticket = args ? args[0] : null
  def customer = store.get("ticket:${ticket}".toString())
  if (!customer || args.size() < 2) {
    return msg.reply(customer ? 'Usage: /answer <ticket> <text>' : "No ticket ${ticket}.")
  }
  send(customer, args.drop(1).join(' '))
  msg.reply("Sent to ticket ${ticket}.")
}

on.message { msg ->
  if (msg.text.startsWith('/') || msg.chat.name == OPERATORS) return
  def ticket = (store.get('lastTicket') ?: 0) + 1
  store.set('lastTicket', ticket)
  store.set("ticket:${ticket}".toString(), msg.chatRef)
  send(operators(), "Ticket ${ticket} from ${msg.sender.name}: ${msg.text}\nAnswer with /answer ${ticket} <text>")
  msg.reply("Thanks! Your question is ticket ${ticket}; an operator will answer here.")
}
