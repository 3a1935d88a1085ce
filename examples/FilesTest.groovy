// Tests for files.groovy: run with  scripts/simplex-script test examples/FilesTest.groovy
test('receives a file and reports its name and size') {
  def alice = sim.person('alice')
  alice.connect()
  alice.sendFile('notes.txt', 'hello file', 'my notes')
  expect(alice.nextMessage()).toBe('Got notes.txt (10 bytes), thank you!')
}

test('each file gets its own answer') {
  def alice = sim.person('alice')
  alice.connect()
  alice.sendFile('a.txt', 'a')
  expect(alice.nextMessage()).toBe('Got a.txt (1 bytes), thank you!')
  alice.sendFile('b.csv', 'x,y\n1,2\n')
  expect(alice.nextMessage()).toBe('Got b.csv (8 bytes), thank you!')
}
