// The Node limit: a bare `ws` client that parses each event and answers every received direct
// text with a hand-built /_send command string, no chat library. Usage: node raw-echo.js ws://127.0.0.1:<port>
"use strict";
const WebSocket = require("ws");

const url = process.argv[2];
if (!url) {
  console.error("usage: node raw-echo.js ws://127.0.0.1:<port>");
  process.exit(2);
}
const ws = new WebSocket(url);
let corrId = 0;

ws.on("message", (data) => {
  const frame = JSON.parse(data.toString());
  // Answers to our own sends carry a corrId; only events (no corrId) are messages to echo.
  if (frame.corrId !== undefined || frame.resp.type !== "newChatItems") return;
  for (const item of frame.resp.chatItems) {
    const chatItem = item.chatItem;
    if (chatItem.chatDir.type !== "directRcv" || chatItem.content.msgContent?.type !== "text") continue;
    const msg = JSON.stringify([{ msgContent: { type: "text", text: chatItem.content.msgContent.text } }]);
    const cmd = `/_send @${item.chatInfo.contact.contactId} json ${msg}`;
    ws.send(JSON.stringify({ corrId: String(++corrId), cmd }));
  }
});
ws.on("error", (e) => {
  console.error("raw ws client error:", e.message);
  process.exit(3);
});
ws.on("close", () => process.exit(0));
