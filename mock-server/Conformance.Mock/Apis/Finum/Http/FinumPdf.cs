using System.Globalization;
using System.Text;
using Conformance.Mock.Apis.Finum.Model;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>
/// A small, valid one-page PDF naming the document, padded with PDF comment lines after the end
/// marker so its length equals the file's <c>size</c>. The same file always renders the same bytes.
/// </summary>
public static class FinumPdf
{
    public static byte[] Render(FinumFile file)
    {
        var text = Ascii($"{file.Name} ({file.Kind}, {file.Id})");
        var stream = $"BT /F1 14 Tf 56 780 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        var bytes = Encoding.ASCII.GetBytes(pdf.ToString());
        if (bytes.Length >= file.Size)
        {
            return bytes;
        }

        var padded = new byte[file.Size];
        bytes.CopyTo(padded, 0);
        for (var i = bytes.Length; i < padded.Length; i++)
        {
            padded[i] = (i - bytes.Length) % 64 == 0 ? (byte)'%' : (i - bytes.Length) % 64 == 63 ? (byte)'\n' : (byte)' ';
        }

        return padded;
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' and not '(' and not ')' and not '\\' ? c : '_');
        }

        return builder.ToString();
    }
}
