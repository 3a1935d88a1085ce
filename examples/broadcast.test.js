// Tests for broadcast.js: run with  scripts/simplex-script test examples/broadcast.test.js
async function people(...names) {
  const all = names.map(n => sim.person(n))
  for (const p of all) await p.connect()
  return all
}

test('the first publisher broadcasts to every other contact', async () => {
  const [alice, bob, carol] = await people('alice', 'bob', 'carol')
  await alice.send('/publish Big news!')
  expect(await alice.nextMessage()).toBe('You are the first publisher.')
  expect(await alice.nextMessage()).toBe('Sent to 2 contact(s).')
  expect(await bob.nextMessage()).toBe('Big news!')
  expect(await carol.nextMessage()).toBe('Big news!')
})

test('others cannot broadcast', async () => {
  const [alice, bob] = await people('alice', 'bob')
  await alice.send('/publish hi')
  expect(await bob.nextMessage()).toBe('hi')
  await bob.send('/publish me too')
  expect(await bob.nextMessage()).toBe('Only publishers can broadcast.')
  await bob.send('/publishers')
  expect(await bob.nextMessage()).toBe('Publishers: alice')
})

test('each contact gets at most one broadcast a minute', async () => {
  const [alice, bob] = await people('alice', 'bob')
  await alice.send('/publish one')
  await alice.nextMessage()
  expect(await alice.nextMessage()).toBe('Sent to 1 contact(s).')
  await alice.send('/publish two')
  expect(await alice.nextMessage()).toBe('Sent to 0 contact(s), 1 skipped by the rate limit.')
  expect(await bob.nextMessage()).toBe('one')
  expect(bob.unread()).toEqual([])
})

test('/publish without text shows the usage', async () => {
  const [alice] = await people('alice')
  await alice.send('/publish')
  await alice.nextMessage()
  expect(await alice.nextMessage()).toBe('Usage: /publish <text>')
})
