// builds: CI posts build results to a webhook; the bot announces them in its CI group.
// Shows: webhook routes (http.post, needs --http), signature checks (http.verifyHmac), sending to a group.
// Run: scripts/simplex-script --http 127.0.0.1:8080 examples/builds.js
//   As alice: /join #CI.  Then, as CI would (the secret is in builds.secret beside this script):
//   body='{"project":"web","status":"failed","url":"https://ci.example.com/1"}'
//   curl -d "$body" -H "X-Hub-Signature-256: sha256=$(printf %s "$body" | openssl dgst -sha256 -hmac change-me -r | cut -d' ' -f1)" http://127.0.0.1:8080/ci
const SECRET = asset('builds.secret').trim()
const CHANNEL = 'CI'

async function channel() {
  const groups = await group.list()
  return groups.find(g => g.name === CHANNEL) || group.create(CHANNEL)
}

on.start(async () => {
  const ci = await channel()
  if (!(await link.get(ci))) await link.create(ci)
})

http.post('/ci', async req => {
  if (!http.verifyHmac(req, SECRET)) return { status: 401, body: 'bad signature' }
  const build = req.json
  if (!build || typeof build.status !== 'string') return { status: 400, body: 'expected JSON with status, project and url' }
  if (build.status === 'failed') await send(await channel(), `❌ ${build.project} failed: ${build.url}`)
  if (build.status === 'fixed') await send(await channel(), `✅ ${build.project} is green again`)
})
