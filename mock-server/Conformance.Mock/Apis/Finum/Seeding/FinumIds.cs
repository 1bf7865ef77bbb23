using System.Globalization;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>Provider ids: prefix + number, the first of each type being C100001, K100001, P1001, U1001, F100001.</summary>
public static class FinumIds
{
    public static string Contract(int index) => "C" + (100001 + index).ToString(CultureInfo.InvariantCulture);

    public static string Client(int index) => "K" + (100001 + index).ToString(CultureInfo.InvariantCulture);

    public static string Product(int index) => "P" + (1001 + index).ToString(CultureInfo.InvariantCulture);

    public static string User(int index) => "U" + (1001 + index).ToString(CultureInfo.InvariantCulture);

    public static string File(int index) => "F" + (100001 + index).ToString(CultureInfo.InvariantCulture);
}
