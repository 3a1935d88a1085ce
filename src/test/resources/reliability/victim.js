// Another script: reports whether what escape.js planted in its own realm is visible here.
store.set('secret', 'victim only')
on.message(msg => {
  if (msg.text !== 'probe-victim') return
  const polluted = ({}).polluted !== undefined || typeof globalThis.stolen !== 'undefined'
  const tampered = Object.getPrototypeOf(send).hijacked !== undefined || send.hijacked !== undefined
  msg.reply('victim.js ' + JSON.stringify({
    sharedGlobalPollution: polluted ? 'ESCAPED' : 'refused',
    apiPrototypeTamper: tampered ? 'ESCAPED' : 'refused',
  }))
})
