# TextIOWrapper: lines and tell()/seek() positions for every newline mode and small
# chunk sizes (chunks split multi-byte characters and "\r\n" pairs).
import _io

crlf = ('αβγ\r\nline two\nthree €\r\n' * 4 + 'end').encode('utf-8')
lone_cr = ('one\rtwo\r\nthree\n' * 3).encode('utf-8')
for data, modes in [(crlf, [None, '', '\n', '\r', '\r\n']), (lone_cr, ['\n', '\r', '\r\n'])]:
    for newline in modes:
        for chunk in [1, 2, 3, 7, 64]:
            t = _io.TextIOWrapper(_io.BytesIO(data), encoding='utf-8', newline=newline)
            t._CHUNK_SIZE = chunk
            lines, positions = [], []
            while True:
                line = t.readline()
                if not line:
                    break
                lines.append(line)
                positions.append(t.tell())
            t.seek(positions[1])
            print(repr(newline), chunk, len(lines), lines[:3], positions[:5], repr(t.readline()), t.newlines)
t = _io.TextIOWrapper(_io.BytesIO(crlf))
t._CHUNK_SIZE = 5
print(repr(t.read(7)), t.tell(), repr(t.read(3)), t.tell(), repr(t.read()), t.tell())
b = _io.BufferedRandom(_io.BytesIO(b'0123456789'), 4)
print(b.read(3), b.tell(), b.write(b'ab'), b.tell(), b.read(2), b.seek(0), b.read(), b.seek(-2, 2), b.read(1), b.tell())
b.seek(0)
b.write(b'ZZ')
b.flush()
print(b.raw.getvalue(), b.truncate(5), b.raw.getvalue(), b.tell())
