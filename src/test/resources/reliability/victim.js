// Another script's state: must not see what escape.js did to its own realm.
store.set('secret', 'victim only')
on.message(msg => {
  if (msg.text !== 'probe-victim') return
  const polluted = ({}).polluted !== undefined || typeof globalThis.stolen !== 'undefined'
  msg.reply('victim.js ' + JSON.stringify({ crossScriptPollution: polluted ? 'ESCAPED' : 'blocked' }))
})
