// A SimpleX Chat bot. Save this file while it runs and the bot reloads in place.
// Run it:   simplex-script bot.groovy        (no chat core? you get a simulated one and a console)
// API:      docs/script-api.md  (calls return their results directly in Groovy)

// Runs when the script is loaded (and again after each reload).
on.start {
  log.info('bot started')
}

// A bot command: shown in the app's command menu and in the unknown-command answer.
command('/hello', 'Say hello') { msg, args ->
  msg.reply("Hello, ${msg.sender.name}!")
}

// Every received message that is not a command.
on.message { msg ->
  if (msg.text.startsWith('/')) return
  def count = (store.get('messages') ?: 0) + 1   // store survives reloads and restarts
  store.set('messages', count)
  msg.reply("You said: ${msg.text} (message ${count})")
}

// A new contact connected through the bot's address.
on.contact { contact ->
  send(contact, 'Welcome! Try /hello.')
}
