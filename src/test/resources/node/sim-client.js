// The npm `simplex-chat` 0.2.1 client (the old official TypeScript WebSocket client) doing a bot's
// common calls against `simplex-script sim`. Run by SimNodeClientTest; prints one line per step.
// Usage: node sim-client.js ws://127.0.0.1:<port>
// Where 0.2.1's own methods send forms that shipped cores no longer parse (apiGetChats and
// apiNewGroup omit the user id), the script sends the shipped form with sendChatCmdStr, as a bot
// on a real core must.
"use strict";
const { ChatClient } = require("simplex-chat");
const { ChatType } = require("simplex-chat/dist/command");

function expect(resp, type, what) {
  if (resp.type !== type) throw new Error(`${what}: expected ${type}, got ${JSON.stringify(resp).slice(0, 300)}`);
  console.log(`ok ${what}`);
  return resp;
}

async function nextEvent(client, type, test = () => true) {
  for (;;) {
    const value = await client.msgQ.dequeue();
    if (value.type === type && test(value)) return value;
  }
}

async function run(url) {
  const client = await ChatClient.create(url);
  const user = await client.apiGetActiveUser();
  if (!user) throw new Error("no active user");
  console.log(`ok active user ${user.localDisplayName}`);
  const address = (await client.apiGetUserAddress()) || (await client.apiCreateUserAddress());
  console.log(`ok address ${typeof address}`);
  await client.enableAddressAutoAccept();
  console.log("ok auto-accept");
  console.log("READY");

  const connected = await nextEvent(client, "contactConnected");
  const contact = connected.contact;
  console.log(`ok contactConnected ${contact.localDisplayName}`);
  const received = await nextEvent(client, "newChatItems", (e) =>
    e.chatItems.some((ci) => ci.chatItem.content.msgContent && ci.chatItem.content.msgContent.text === "hello bot"));
  console.log(`ok newChatItems from ${received.chatItems[0].chatInfo.contact.localDisplayName}`);
  const sent = await client.apiSendTextMessage(ChatType.Direct, contact.contactId, "hi alice");
  console.log(`ok send ${sent.length}`);

  expect(await client.sendChatCmdStr("/contacts"), "contactsList", "contacts");
  const chats = expect(await client.sendChatCmdStr(`/_get chats ${user.userId} pcc=on`), "apiChats", "chats");
  if (chats.chats.length < 1) throw new Error("chats: none listed");
  const chat = await client.apiGetChat(ChatType.Direct, contact.contactId);
  console.log(`ok chat ${chat.chatItems.length} items`);
  await client.apiChatRead(ChatType.Direct, contact.contactId);
  console.log("ok read");
  const [stats] = await client.apiContactInfo(contact.contactId);
  console.log(`ok contact info ${typeof stats}`);
  expect(await client.sendChatCmdStr(`/_group ${user.userId} {"displayName":"team","fullName":""}`), "groupCreated", "group");
  const groups = expect(await client.sendChatCmdStr(`/_groups${user.userId}`), "groupsList", "groups");
  if (groups.groups.length !== 1) throw new Error(`groups: expected 1, got ${groups.groups.length}`);
  console.log("DONE");
  await client.disconnect();
}

const url = process.argv[2];
run(url).then(
  () => process.exit(0),
  (e) => {
    console.error(`FAILED: ${e && e.stack ? e.stack : e}`);
    process.exit(3);
  },
);
