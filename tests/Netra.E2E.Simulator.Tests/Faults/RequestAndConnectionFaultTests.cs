using Microsoft.AspNetCore.Http;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>NoErrorForInvalidRequest at its two seams, and LeakOtherUsersEvents at the registry.</summary>
public sealed class RequestAndConnectionFaultTests
{
    private readonly SequentialIds _ids = new();

    [Fact]
    public void NoErrorForInvalidRequest_leaves_invalid_frames_unanswered_and_valid_ones_alone()
    {
        var dialect = Decorators().Dialect(new ContractDialect(TimeProvider.System, _ids), new ConnectionFaults(SimulatorFault.NoErrorForInvalidRequest));

        dialect.Decode("{not json").Should().BeOfType<UnansweredFrame>();
        dialect.Decode("""{"type":"user_message","payload":{"content":""}}""").Should().BeOfType<UnansweredFrame>();
        dialect.Decode("""{"type":"ping","message_id":"p1"}""").Should().Be(new PingRequest("p1"));
    }

    [Fact]
    public void NoErrorForInvalidRequest_answers_an_unknown_agent_with_the_default_agent()
    {
        var profile = RequestProfile.From("Analyze my AWS costs", default);

        var healthy = Decorators().Agents(new AgentCatalog(), ConnectionFaults.None);
        var faulty = Decorators().Agents(new AgentCatalog(), new ConnectionFaults(SimulatorFault.NoErrorForInvalidRequest));

        healthy.Plan("nonexistent_agent", profile, []).Should().BeNull();
        faulty.Plan("nonexistent_agent", profile, []).Should().BeEquivalentTo(healthy.Plan(null, profile, []));
    }

    [Fact]
    public void LeakOtherUsersEvents_makes_a_connection_receive_every_other_users_events()
    {
        var registry = new EavesdroppingRegistry(new ConnectionRegistry());
        var alice = TestConnections.Of("alice");
        var bob = TestConnections.Of("bob");
        var eavesdropper = TestConnections.Of("eve", SimulatorFault.LeakOtherUsersEvents);
        registry.Add(alice);
        registry.Add(bob);
        registry.Add(eavesdropper);

        registry.RecipientsOf("alice").Select(c => c.UserId).Should().BeEquivalentTo("alice", "eve");
        registry.RecipientsOf("eve").Select(c => c.UserId).Should().BeEquivalentTo("eve");

        registry.Remove(eavesdropper);
        registry.RecipientsOf("alice").Select(c => c.UserId).Should().BeEquivalentTo("alice");
    }

    [Theory]
    [InlineData("OmitAgentStarted", SimulatorFault.OmitAgentStarted)]
    [InlineData(" stall , slowevents ", SimulatorFault.Stall | SimulatorFault.SlowEvents)]
    [InlineData("SERVEREXCEPTION", SimulatorFault.ServerException)]
    [InlineData("", SimulatorFault.None)]
    public void Faults_are_chosen_by_name_in_any_case(string header, SimulatorFault expected)
    {
        var faults = ConnectionFaults.Select(Headers(header), new() { AllowFaultInjection = true }, out var error);

        error.Should().BeNull();
        faults.Active.Should().Be(expected);
    }

    [Fact]
    public void Faults_in_the_settings_apply_to_every_connection()
    {
        var faults = ConnectionFaults.Select(Headers("Stall"), new() { AllowFaultInjection = true, Faults = "NoBusinessValue" }, out _);

        faults.Active.Should().Be(SimulatorFault.Stall | SimulatorFault.NoBusinessValue);
    }

    [Fact]
    public void Faults_are_ignored_unless_fault_injection_is_allowed()
    {
        var faults = ConnectionFaults.Select(Headers("Stall,NoSuchFault"), new() { Faults = "NoBusinessValue" }, out var error);

        faults.Should().Be(ConnectionFaults.None);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("NoSuchFault")]
    [InlineData("Stall,7")]
    public void An_unknown_fault_name_is_an_error_that_names_it(string header)
    {
        ConnectionFaults.Select(Headers(header), new() { AllowFaultInjection = true }, out var error);

        error.Should().Contain($"'{header.Split(',')[^1]}'").And.Contain(ConnectionFaults.HeaderName).And.Contain(nameof(SimulatorFault.ServerException));
    }

    private FaultDecorators Decorators() => new(new ContractDialect(TimeProvider.System, _ids), new RunPublisher(new ConnectionRegistry()), _ids, new StatedSpends());

    private static HeaderDictionary Headers(string faults) => new() { [ConnectionFaults.HeaderName] = faults };
}
