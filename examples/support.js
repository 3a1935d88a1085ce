// support: a support desk on a business address.
// Shows: address settings (business address, auto-accept, welcome message), a /help menu,
// questions forwarded to an operators' group as tickets, operator answers routed back via store.
// Run: scripts/simplex-script examples/support.js
//   As alice (the default): type a question.      As an operator: /as bob /join #Operators
//   then: /as bob /answer 1 Your order ships today
const OPERATORS = 'Operators'

async function operators() {
  const groups = await group.list()
  return groups.find(g => g.name === OPERATORS) || group.create(OPERATORS)
}

on.start(async () => {
  if (!(await address.get())) await address.create()
  await address.settings({
    autoAccept: true,
    business: true,
    welcome: 'Welcome to support! Write your question; /help lists what I can do.',
  })
  const ops = await operators()
  if (!(await link.get(ops))) await link.create(ops)
})

command('/help', 'How this desk works', msg =>
  msg.reply('Write your question and an operator will answer here.\n/help - this text'))

command('/answer', 'Operators: /answer <ticket> <text>', async (msg, args) => {
  if (msg.chat.name !== OPERATORS) return msg.reply('Only operators can answer tickets.')
  const [ticket, ...words] = args
  const customer = store.get(`ticket:${ticket}`)
  if (!customer || words.length === 0) return msg.reply(customer ? 'Usage: /answer <ticket> <text>' : `No ticket ${ticket}.`)
  await send(customer, words.join(' '))
  await msg.reply(`Sent to ticket ${ticket}.`)
})

on.message(async msg => {
  if (msg.text.startsWith('/') || msg.chat.name === OPERATORS) return
  const ticket = (store.get('lastTicket') || 0) + 1
  store.set('lastTicket', ticket)
  store.set(`ticket:${ticket}`, msg.chatRef)
  await send(await operators(), `Ticket ${ticket} from ${msg.sender.name}: ${msg.text}\nAnswer with /answer ${ticket} <text>`)
  await msg.reply(`Thanks! Your question is ticket ${ticket}; an operator will answer here.`)
})
