// Tests for builds.js: run with  scripts/simplex-script test examples/builds.test.js
const build = { project: 'web', status: 'failed', url: 'https://ci.example.com/1' }

test('announces a failed build in the CI group', async () => {
  const bob = sim.person('bob')
  const ci = await bob.join('#CI')
  const res = await sim.http.post('/ci', { json: build, secret: 'change-me' })
  expect(res.status).toBe(204)
  const note = await bob.nextMessage()
  expect(note.chat).toBe(ci.ref)
  expect(note).toBe('❌ web failed: https://ci.example.com/1')
})

test('refuses a request whose signature is wrong, and announces nothing', async () => {
  const bob = sim.person('bob')
  await bob.join('#CI')
  expect((await sim.http.post('/ci', { json: build, secret: 'guess' })).status).toBe(401)
  expect((await sim.http.post('/ci', { json: build })).status).toBe(401)
  await sim.http.post('/ci', { json: { project: 'web', status: 'fixed' }, secret: 'change-me' })
  expect(await bob.nextMessage()).toBe('✅ web is green again')
})

test('refuses a body that is not a build report', async () => {
  const res = await sim.http.post('/ci', { body: 'hello', secret: 'change-me' })
  expect(res.status).toBe(400)
  expect(res.text()).toBe('expected JSON with status, project and url')
})
