// A SimpleX Chat bot. Save this file while it runs and the bot reloads in place.
// Run it:   simplex-script bot.js        (no chat core? you get a simulated one and a console)
// API:      docs/script-api.md

// Runs when the script is loaded (and again after each reload).
on.start(async () => {
  log.info('bot started')
})

// A bot command: shown in the app's command menu and in the unknown-command answer.
command('/hello', 'Say hello', async msg => {
  await msg.reply(`Hello, ${msg.sender.name}!`)
})

// Every received message that is not a command.
on.message(async msg => {
  if (msg.text.startsWith('/')) return
  const count = (store.get('messages') || 0) + 1   // store survives reloads and restarts
  store.set('messages', count)
  await msg.reply(`You said: ${msg.text} (message ${count})`)
})

// A new contact connected through the bot's address.
on.contact(async contact => {
  await send(contact, 'Welcome! Try /hello.')
})
