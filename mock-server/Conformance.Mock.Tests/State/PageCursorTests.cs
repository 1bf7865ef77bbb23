using Conformance.Mock.State;

namespace Conformance.Mock.Tests.State;

public sealed class PageCursorTests
{
    [TestCase("C000001")]
    [TestCase("")]
    [TestCase("ümlaut/with+odd=chars")]
    public void TryDecode_EncodedKey_RoundTrips(string key)
    {
        var cursor = PageCursor.Encode(key);

        Assert.That(PageCursor.TryDecode(cursor, out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(key));
        Assert.That(cursor, Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase("")]
    [TestCase("%%%")]
    [TestCase("Zm9v")]
    public void TryDecode_NotOurs_IsFalse(string cursor)
    {
        Assert.That(PageCursor.TryDecode(cursor, out _), Is.False);
    }
}
