namespace Krait.Runtime;

/// <summary>The buffer protocol (PEP 3118, CPython's bf_getbuffer/bf_releasebuffer): an object whose memory
/// other objects read, and when it is writable write, in place. bytes, bytearray and memoryview implement it;
/// every place that accepts "a bytes-like object" goes through <see cref="Buffers"/>.</summary>
public interface IPyBuffer
{
    /// <summary>PyObject_GetBuffer: describes the exported memory and counts one export (a bytearray can't
    /// resize while exported) until the matching <see cref="ReleaseBuffer"/>. Raises BufferError when
    /// <paramref name="writable"/> is asked of read-only memory.</summary>
    PyBufferInfo GetBuffer(bool writable);

    /// <summary>PyBuffer_Release: ends one export made by <see cref="GetBuffer"/>.</summary>
    void ReleaseBuffer();

    /// <summary>The bytes in C order, for a read that ends before any Python code runs (no export is counted;
    /// a non-contiguous memoryview returns a copy).</summary>
    ReadOnlySpan<byte> AsReadOnlySpan();
}
