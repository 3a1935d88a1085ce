// faq: answers questions by keyword from faq.json next to this script. Edit faq.json and the
// bot reloads with the new answers, no restart.
// Shows: asset() (read-only data files beside the script, hot-reloaded), on.message.
// Run: scripts/simplex-script examples/faq.js   (then ask: what are your hours?)
const answers = asset('faq.json')

command('/faq', 'List the topics I know', msg =>
  msg.reply(`Ask me about: ${Object.keys(answers).join(', ')}`))

on.message(async msg => {
  if (msg.text.startsWith('/')) return
  const text = msg.text.toLowerCase()
  const topic = Object.keys(answers).find(keyword => text.includes(keyword))
  await msg.reply(topic ? answers[topic] : `Sorry, I don't know. Try /faq.`)
})
