// faq: answers questions by keyword from faq.json next to this script. Edit faq.json and the
// bot reloads with the new answers, no restart.
// Shows: asset() (read-only data files beside the script, hot-reloaded), on.message.
// Run: scripts/simplex-script examples/faq.groovy   (then ask: what are your hours?)
def answers = asset('faq.json')

command('/faq', 'List the topics I know') { msg, args ->
  msg.reply("Ask me about: ${answers.keySet().join(', ')}")
}

on.message { msg ->
  if (msg.text.startsWith('/')) return
  def text = msg.text.toLowerCase()
  def topic = answers.keySet().find { text.contains(it) }
  msg.reply(topic ? answers[topic] : "Sorry, I don't know. Try /faq.")
}
