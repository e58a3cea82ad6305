#!/usr/bin/env python3
"""What the serial collector promoted to the old generation in a recent window, read from a heap dump.

    python3 bench/promoted.py HEAP.hprof GC.log [WINDOW_SECONDS]

HEAP.hprof is a dump of every object, live or not (`jmap -dump:format=b,file=HEAP.hprof PID`, without
`live`, which would collect first). GC.log is the service's `-Xlog:gc+heap=debug` log up to the dump.
Between two full collections the serial collector's old generation only grows, by promotion at its top, so
the objects between its top at a young collection WINDOW_SECONDS (default 60) before the last one and its
top at the last one are exactly those promoted in that window. They are listed by class, then grouped under
their heads (promoted objects no other promoted object points to) with the bytes each group holds.

Then, for each of the PostgreSQL driver's statement caches in the dump (one a connection), the SQL texts
that share a bucket of its hash table. Two statements in one bucket that a connection runs alternately
leave a chain of removed cache entries behind them: the driver takes an entry out while its statement is
open and puts a new one in when it closes, and a removed entry keeps its link to the next one in the
bucket. Once one entry of such a chain is in the old generation, every young collection keeps the rest
alive through it, until a full collection (docs/PERFORMANCE.md, "What fills the old generation").
"""
import collections
import re
import struct
import sys

SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # HPROF basic types; 2 is a reference
PRIMITIVES = {4: 'boolean', 5: 'char', 6: 'float', 7: 'double', 8: 'byte', 9: 'short', 10: 'int', 11: 'long'}
ROOTS = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}
SPACE = re.compile(r'^\[([\d.]+)s\].*the space \d+K,\s+\d+% used \[0x[0-9a-f]+, 0x([0-9a-f]+),')
COLLECTIONS = re.compile(r'invocations=\d+ \(full (\d+)\)')
DRIVER_CACHE = 'org/postgresql/util/LruCache$LimitedMap'


def old_generation_window(log_path, window):
    """The old generation's top `window` seconds before the last collection, and at the last one.

    Both with no full collection between them: one compacts the old generation and moves its top down."""
    tops, full = [], 0
    for line in open(log_path, encoding='utf-8', errors='replace'):
        if m := COLLECTIONS.search(line):
            full = int(m.group(1))
        elif m := SPACE.match(line):
            tops.append((float(m.group(1)), int(m.group(2), 16), full))
    if not tops:
        sys.exit(f'{log_path} has no "the space" lines: run the service with -Xlog:gc+heap=debug')
    end_at, end_top, end_full = tops[-1]
    starts = [(at, top) for at, top, f in tops if f == end_full and at <= end_at - window]
    if not starts:
        sys.exit(f'the log has no collection {window} s before its last one since the last full collection')
    return starts[-1], (end_at, end_top)


class Dump:
    """The objects of an HPROF heap dump, by id (the object's address)."""

    def __init__(self, path):
        self.data = data = open(path, 'rb').read()
        p = data.index(b'\0') + 1
        if self.u4(p) != 8:
            sys.exit('expected a dump with 8-byte ids')
        p += 12
        self.strings, self.class_names, self.classes = {}, {}, {}
        self.instances, self.arrays, self.primitives = {}, {}, {}
        while p < len(data):
            tag, length = data[p], self.u4(p + 5)
            body, p = p + 9, p + 9 + length
            if tag == 0x01:
                self.strings[self.ref(body)] = data[body + 8:body + length].decode('utf-8', 'replace')
            elif tag == 0x02:
                self.class_names[self.ref(body + 4)] = self.ref(body + 16)
            elif tag in (0x0C, 0x1C):
                self.read_heap(body, body + length)

    def u2(self, at):
        return struct.unpack('>H', self.data[at:at + 2])[0]

    def u4(self, at):
        return struct.unpack('>I', self.data[at:at + 4])[0]

    def ref(self, at):
        return struct.unpack('>Q', self.data[at:at + 8])[0]

    def read_heap(self, q, end):
        data = self.data
        while q < end:
            kind = data[q]
            q += 1
            if kind in ROOTS:
                q += ROOTS[kind]
            elif kind == 0x20:  # a class: its superclass, constants, statics, then its instance fields' types
                class_id, superclass = self.ref(q), self.ref(q + 12)
                q += 8 + 4 + 6 * 8 + 4
                count, q = self.u2(q), q + 2
                for _ in range(count):  # constants: index, type, value
                    q += 3 + SIZES[data[q + 2]]
                count, q = self.u2(q), q + 2
                for _ in range(count):  # statics: name, type, value
                    q += 9 + SIZES[data[q + 8]]
                count, q = self.u2(q), q + 2
                fields = [(self.ref(q + 9 * i), data[q + 9 * i + 8]) for i in range(count)]  # instance fields: name, type
                q += 9 * count
                self.classes[class_id] = (superclass, fields)
            elif kind == 0x21:
                size = self.u4(q + 20)
                self.instances[self.ref(q)] = (self.ref(q + 12), q + 24, size)
                q += 24 + size
            elif kind == 0x22:
                n = self.u4(q + 12)
                self.arrays[self.ref(q)] = (self.ref(q + 16), q + 24, n)
                q += 24 + 8 * n
            elif kind == 0x23:
                n, element = self.u4(q + 12), data[q + 16]
                self.primitives[self.ref(q)] = (element, q + 17, n)
                q += 17 + SIZES[element] * n
            else:
                sys.exit(f'unknown heap record {kind:#x} at byte {q}')

    def class_name(self, class_id):
        return self.strings.get(self.class_names.get(class_id), f'class@{class_id:x}')

    def name(self, oid):
        if oid in self.instances:
            return self.class_name(self.instances[oid][0])
        if oid in self.arrays:
            return self.class_name(self.arrays[oid][0])
        if oid in self.primitives:
            return PRIMITIVES[self.primitives[oid][0]] + '[]'
        return 'null' if oid == 0 else 'unknown'

    def size(self, oid):
        if oid in self.instances:
            return 12 + self.instances[oid][2]
        if oid in self.arrays:
            return 16 + 4 * self.arrays[oid][2]
        element, _, n = self.primitives[oid]
        return 16 + SIZES[element] * n

    def references(self, oid):
        """The objects an instance's fields (its class's, then its superclasses') or an array point to."""
        if oid in self.arrays:
            _, at, n = self.arrays[oid]
            return [self.ref(at + 8 * i) for i in range(n)]
        if oid not in self.instances:
            return []
        class_id, at, _ = self.instances[oid]
        found = []
        while class_id in self.classes:
            superclass, fields = self.classes[class_id]
            for _, kind in fields:
                if kind == 2:
                    found.append(self.ref(at))
                at += SIZES[kind]
            class_id = superclass
        return found

    def field(self, oid, name):
        """The object an instance's field of that name points to."""
        class_id, at, _ = self.instances[oid]
        while class_id in self.classes:
            superclass, fields = self.classes[class_id]
            for name_id, kind in fields:
                if kind == 2 and self.strings.get(name_id) == name:
                    return self.ref(at)
                at += SIZES[kind]
            class_id = superclass
        raise KeyError(name)

    def text(self, oid):
        """A java.lang.String's characters (its value and coder fields)."""
        value = next(r for r in self.references(oid) if r in self.primitives)
        _, at, n = self.primitives[value]
        raw = self.data[at:at + n]
        class_id, field_at, _ = self.instances[oid]
        latin1 = True
        for _, kind in self.classes[class_id][1]:
            if kind == 8:  # String's one byte field, its coder: 0 Latin-1, 1 UTF-16
                latin1 = self.data[field_at] == 0
            field_at += SIZES[kind]
        return raw.decode('latin-1') if latin1 else raw.decode('utf-16-be')


def promoted(dump, low, high):
    """The objects in [low, high), by class, and grouped under their heads."""
    inside = [o for table in (dump.instances, dump.arrays, dump.primitives) for o in table if low <= o < high]
    members = set(inside)
    by_class, bytes_by_class = collections.Counter(), collections.Counter()
    pointed_to = set()
    for o in inside:
        by_class[dump.name(o)] += 1
        bytes_by_class[dump.name(o)] += dump.size(o)
        pointed_to.update(r for r in dump.references(o) if r in members and r != o)
    print(f'{len(inside)} objects, {sum(bytes_by_class.values())} bytes; the classes with the most bytes:')
    for name, size in bytes_by_class.most_common(15):
        print(f'  {size:>10} bytes {by_class[name]:>7} objects  {name}')
    heads, held = collections.Counter(), collections.Counter()
    for head in members - pointed_to:
        seen, todo = {head}, [head]
        while todo:
            for r in dump.references(todo.pop()):
                if r in members and r not in seen:
                    seen.add(r)
                    todo.append(r)
        heads[dump.name(head)] += 1
        held[dump.name(head)] += sum(dump.size(o) for o in seen)
    print('grouped under their heads (promoted objects no other promoted object points to):')
    for name, size in held.most_common(10):
        print(f'  {size:>10} bytes {heads[name]:>7} heads    {name}')


def shared_buckets(dump):
    """For each of the driver's statement caches, the statements that share a bucket of its table."""
    for cache, (class_id, _, _) in dump.instances.items():
        if dump.class_name(class_id) != DRIVER_CACHE:
            continue
        table = next((r for r in dump.references(cache) if r in dump.arrays), None)
        if table is None:
            continue
        _, at, buckets = dump.arrays[table]
        entries, shared = 0, []
        for i in range(buckets):
            keys, entry = [], dump.ref(at + 8 * i)
            while entry:
                entries += 1
                key = dump.field(entry, 'key')
                keys.append(dump.text(key) if dump.name(key) == 'java/lang/String' else dump.name(key))
                entry = dump.field(entry, 'next')
            if len(keys) > 1:
                shared.append(keys)
        print(f'driver statement cache {cache:#x}: {entries} statements in {buckets} buckets')
        for keys in shared:
            print('  one bucket: ' + ' | '.join(' '.join(k.split())[:60] for k in keys))


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    window = float(sys.argv[3]) if len(sys.argv) == 4 else 60.0
    (start_at, low), (end_at, high) = old_generation_window(sys.argv[2], window)
    print(f'promoted between the collections at {start_at} s and {end_at} s of the service\'s uptime:')
    dump = Dump(sys.argv[1])
    promoted(dump, low, high)
    shared_buckets(dump)


if __name__ == '__main__':
    main()
