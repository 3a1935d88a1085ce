// Tests for builds.groovy: run with  scripts/simplex-script test examples/BuildsTest.groovy
def build = [project: 'web', status: 'failed', url: 'https://ci.example.com/1']

test('announces a failed build in the CI group') {
  def bob = sim.person('bob')
  def ci = bob.join('#CI')
  def res = sim.http.post('/ci', [json: build, secret: 'change-me'])
  expect(res.status).toBe(204)
  def note = bob.nextMessage()
  expect(note.chat).toBe(ci.ref)
  expect(note).toBe('❌ web failed: https://ci.example.com/1')
}

test('refuses a request whose signature is wrong, and announces nothing') {
  def bob = sim.person('bob')
  bob.join('#CI')
  expect(sim.http.post('/ci', [json: build, secret: 'guess']).status).toBe(401)
  expect(sim.http.post('/ci', [json: build]).status).toBe(401)
  sim.http.post('/ci', [json: [project: 'web', status: 'fixed'], secret: 'change-me'])
  expect(bob.nextMessage()).toBe('✅ web is green again')
}

test('refuses a body that is not a build report') {
  def res = sim.http.post('/ci', [body: 'hello', secret: 'change-me'])
  expect(res.status).toBe(400)
  expect(res.text()).toBe('expected JSON with status, project and url')
}
