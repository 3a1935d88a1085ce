package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.*;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs commands and people's actions, one at a time, on the core thread: the handler's response
 * (or its {@code chatCmdError}), then the background steps and the events they caused.
 */
public final class Engine {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private final Core core;
    private final AfterResponse after = new AfterResponse();
    public final MessageFlow messages;
    public final ContactFlow contacts;
    public final GroupFlow groups;
    public final PeerFlow peers;
    private final UserCommands userCommands;
    private final AddressCommands addressCommands;
    private final MessageCommands messageCommands;
    private final FileCommands fileCommands;
    private final GroupCommands groupCommands;
    private final GroupLinkCommands linkCommands;
    private final ContactCommands contactCommands;
    private final ChatCommands chatCommands;

    /** Null unless the simulator runs with noise. */
    private final Noise noise;

    public Engine(Core core, boolean noise) {
        this.core = core;
        this.noise = noise ? new Noise(core) : null;
        this.messages = new MessageFlow(core);
        ServiceItems serviceItems = new ServiceItems(core, messages);
        this.groups = new GroupFlow(core, messages, serviceItems);
        this.contacts = new ContactFlow(core, messages, groups, serviceItems);
        this.peers = new PeerFlow(core, messages);
        this.userCommands = new UserCommands(core);
        this.addressCommands = new AddressCommands(core);
        this.messageCommands = new MessageCommands(core, messages, after);
        this.fileCommands = new FileCommands(core, after);
        this.groupCommands = new GroupCommands(core, groups, after);
        this.linkCommands = new GroupLinkCommands(core);
        this.contactCommands = new ContactCommands(core, contacts, groups, after);
        this.chatCommands = new ChatCommands(core);
    }

    /** The command's handler: the switch is exhaustive, so a new command does not compile until it is handled here. */
    private ObjectNode dispatch(ChatCommand command) {
        return switch (command) {
            case ShowVersion c -> userCommands.version();
            case ShowActiveUser c -> userCommands.activeUser(core.active());
            case CreateActiveUser c -> userCommands.create(c);
            case ListUsers c -> userCommands.list();
            case APISetActiveUser c -> userCommands.setActive(c);
            case APIDeleteUser c -> userCommands.delete(c);
            case APIUpdateProfile c -> userCommands.updateProfile(c);
            case APISetContactPrefs c -> userCommands.setContactPrefs(c);
            case APICreateMyAddress c -> addressCommands.create(c);
            case APIDeleteMyAddress c -> addressCommands.delete(c);
            case APIShowMyAddress c -> addressCommands.show(c);
            case APISetProfileAddress c -> addressCommands.setProfileAddress(c);
            case APISetAddressSettings c -> addressCommands.setSettings(c);
            case APISendMessages c -> messageCommands.send(c);
            case APIUpdateChatItem c -> messageCommands.update(c);
            case APIDeleteChatItem c -> messageCommands.delete(c);
            case APIDeleteMemberChatItem c -> messageCommands.deleteMemberItems(c);
            case APIChatItemReaction c -> messageCommands.react(c);
            case ReceiveFile c -> fileCommands.receive(c);
            case CancelFile c -> fileCommands.cancel(c);
            case APINewGroup c -> groupCommands.newGroup(c);
            case APIAddMember c -> groupCommands.addMember(c);
            case APIJoinGroup c -> groupCommands.join(c);
            case APIAcceptMember c -> groupCommands.acceptMember(c);
            case APIMembersRole c -> groupCommands.membersRole(c);
            case APIBlockMembersForAll c -> groupCommands.block(c);
            case APIRemoveMembers c -> groupCommands.remove(c);
            case APILeaveGroup c -> groupCommands.leave(c);
            case APIListMembers c -> groupCommands.listMembers(c);
            case APIUpdateGroupProfile c -> groupCommands.updateProfile(c);
            case APIListGroups c -> groupCommands.listGroups(c);
            case APICreateGroupLink c -> linkCommands.create(c);
            case APIGroupLinkMemberRole c -> linkCommands.setRole(c);
            case APIDeleteGroupLink c -> linkCommands.delete(c);
            case APIGetGroupLink c -> linkCommands.get(c);
            case APIAddContact c -> contactCommands.addContact(c.userId());
            case APIConnectPlan c -> contactCommands.plan(c);
            case APIConnect c -> c.preparedLink_() == null || !c.preparedLink_().isObject()
                    ? contactCommands.addContact(c.userId())
                    : contactCommands.connect(core.user(c.userId()), c.preparedLink_().path("connFullLink").asString());
            // Without a link, /connect creates a one-time invitation (the core's AddContact).
            case Connect c -> c.connLink_() == null ? contactCommands.addContact(core.active().userId)
                    : contactCommands.connect(core.active(), c.connLink_());
            case APIAcceptContact c -> contactCommands.accept(c);
            case APIRejectContact c -> contactCommands.reject(c);
            case APIListContacts c -> contactCommands.list(c);
            case APIDeleteChat c -> deleteChat(c);
            case ListContacts c -> contactCommands.list(new APIListContacts(core.active().userId));
            case CreateMyAddress c -> addressCommands.create(new APICreateMyAddress(core.active().userId));
            case ShowMyAddress c -> addressCommands.show(new APIShowMyAddress(core.active().userId));
            case SetAddressSettings c -> addressCommands.autoAccept(c);
            case APIGetChats c -> chatCommands.chats(c);
            case APIGetChat c -> chatCommands.chat(c);
            case APIChatRead c -> chatCommands.read(c);
            case APIContactInfo c -> chatCommands.contactInfo(c);
            case APIGroupMemberInfo c -> chatCommands.memberInfo(c);
            case APISetContactAlias c -> chatCommands.setAlias(c);
        };
    }

    private ObjectNode deleteChat(APIDeleteChat c) {
        User user = core.active();
        ChatKey chat = Chats.ref(user, c.chatRef());
        String mode = c.chatDeleteMode().path("type").asString();
        return chat.group() ? groupCommands.deleteGroup(user, user.group(chat.id()), mode)
                : contactCommands.deleteContact(user, user.contact(chat.id()), mode);
    }

    public Core core() {
        return core;
    }

    /**
     * Executes one command; {@code respond} gets the response before the events are released to
     * {@code events}. Any failure becomes a {@code chatCmdError}, never a crash.
     */
    public void execute(ChatCommand command, Consumer<ObjectNode> respond, Consumer<ObjectNode> events) {
        ObjectNode resp;
        try {
            resp = dispatch(command);
        } catch (SimError e) {
            after.clear();
            core.drainEvents();
            resp = cmdError(e);
        } catch (RuntimeException e) {
            after.clear();
            core.drainEvents();
            resp = cmdError(SimError.chat("internalError", Json.object().put("message", e.toString())));
        }
        respond.accept(resp);
        try {
            after.run();
        } catch (RuntimeException e) {
            // The response is out; a failing background step must not take the core thread down.
            LOG.log(System.Logger.Level.ERROR, "background step of " + command.name() + " failed", e);
            after.clear();
        }
        released().forEach(events);
    }

    /** Runs an action of a virtual person; its events go out in order. */
    public <T> T act(java.util.function.Supplier<T> action, Consumer<ObjectNode> events) {
        try {
            T result = action.get();
            after.run();
            return result;
        } finally {
            after.clear();
            released().forEach(events);
        }
    }

    /** The events of the step just run, with noise mixed in when it is on. */
    private List<ObjectNode> released() {
        List<ObjectNode> events = core.drainEvents();
        return noise == null ? events : noise.mix(events);
    }

    /** What a client hears when it connects: nothing, or with noise its relays and subscriptions coming up. */
    public List<ObjectNode> connectedEvents() {
        return noise == null ? List.of() : noise.connected();
    }

    public static ObjectNode cmdError(SimError e) {
        ObjectNode resp = Json.object().put("type", "chatCmdError");
        resp.set("chatError", e.chatError());
        return resp;
    }
}
