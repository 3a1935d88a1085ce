// The peer: the old official TypeScript WebSocket client (npm simplex-chat 0.2.1) running an echo
// bot the way its examples do: for-await over client.msgQ, answer with its send API.
// Usage: node ts-echo.js ws://127.0.0.1:<port> [--await]
// By default a send is not awaited inside the loop: awaiting stalls this client under load, because
// its 16-event queue fills while the loop waits for its own reply (run with --await to see it).
"use strict";
const { ChatClient } = require("simplex-chat");
const { ChatType } = require("simplex-chat/dist/command");

const url = process.argv[2];
const awaitEach = process.argv.includes("--await");
if (!url) {
  console.error("usage: node ts-echo.js ws://127.0.0.1:<port> [--await]");
  process.exit(2);
}

async function run() {
  const client = await ChatClient.create(url);
  for await (const r of client.msgQ) {
    if (r.type !== "newChatItems") continue;
    for (const { chatInfo, chatItem } of r.chatItems) {
      if (chatItem.chatDir.type !== "directRcv" || chatItem.content.msgContent?.type !== "text") continue;
      const sent = client.apiSendTextMessage(ChatType.Direct, chatInfo.contact.contactId, chatItem.content.msgContent.text);
      if (awaitEach) await sent;
      else sent.catch((e) => console.error("send failed:", e.message));
    }
  }
}

run().then(
  () => process.exit(0),
  (e) => {
    console.error("TypeScript client error:", e.message);
    process.exit(3);
  },
);
