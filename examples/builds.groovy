// builds: CI posts build results to a webhook; the bot announces them in its CI group.
// Shows: webhook routes (http.post, needs --http), signature checks (http.verifyHmac), sending to a group.
// Run: scripts/simplex-script --http 127.0.0.1:8080 examples/builds.groovy
//   As alice: /join #CI.  Then, as CI would (the secret is in builds.secret beside this script):
//   body='{"project":"web","status":"failed","url":"https://ci.example.com/1"}'
//   curl -d "$body" -H "X-Hub-Signature-256: sha256=$(printf %s "$body" | openssl dgst -sha256 -hmac change-me -r | cut -d' ' -f1)" http://127.0.0.1:8080/ci
def SECRET = asset('builds.secret').trim()
def CHANNEL = 'CI'

def channel = { group.list().find { it.name == CHANNEL } ?: group.create(CHANNEL) }

on.start {
  def ci = channel()
  if (!link.get(ci)) link.create(ci)
}

http.post('/ci') { req ->
  if (!http.verifyHmac(req, SECRET)) return [status: 401, body: 'bad signature']
  def build = req.json
  if (!(build instanceof Map) || !(build.status instanceof String)) return [status: 400, body: 'expected JSON with status, project and url']
  if (build.status == 'failed') send(channel(), "❌ ${build.project} failed: ${build.url}")
  if (build.status == 'fixed') send(channel(), "✅ ${build.project} is green again")
  null
}
