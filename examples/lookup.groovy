// lookup: /price <coin> answers with today's price, fetched from a JSON service.
// @allow-net api.coingecko.com
// Shows: fetch (only to hosts granted by the header line above, within the host's --allow-net), commands.
// Run: scripts/simplex-script --allow-net api.coingecko.com examples/lookup.groovy   (then: /price bitcoin)
def SERVICE = 'https://api.coingecko.com/api/v3/simple/price'

command('/price', "Today's price: /price bitcoin") { msg, args ->
  def coin = (args ? args[0] : 'bitcoin').toLowerCase()
  if (!(coin ==~ /[a-z0-9-]+/)) return msg.reply('Usage: /price <coin>, e.g. /price bitcoin')
  def res
  try {
    res = fetch("${SERVICE}?ids=${coin}&vs_currencies=usd", [timeout: 5000])
  } catch (e) {
    return msg.reply('The price service cannot be reached right now.')
  }
  if (!res.ok) return msg.reply("The price service answered ${res.status}.")
  def prices = res.json()
  if (!prices[coin]) return msg.reply("No price for ${coin}.")
  msg.reply("${coin}: \$${prices[coin].usd}")
}
