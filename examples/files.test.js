// Tests for files.js: run with  scripts/simplex-script test examples/files.test.js
test('receives a file and reports its name and size', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.sendFile('notes.txt', 'hello file', 'my notes')
  expect(await alice.nextMessage()).toBe('Got notes.txt (10 bytes), thank you!')
})

test('each file gets its own answer', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.sendFile('a.txt', 'a')
  expect(await alice.nextMessage()).toBe('Got a.txt (1 bytes), thank you!')
  await alice.sendFile('b.csv', 'x,y\n1,2\n')
  expect(await alice.nextMessage()).toBe('Got b.csv (8 bytes), thank you!')
})
