# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes state_dicts in every layout torch.load reads, without torch.save.

Old PyTorch versions wrote layouts that PyTorch 1.13 no longer writes (the tar archive of 0.1.x,
tensors filled by BUILD, Variables, storage views, Python 2 strings). This module reproduces them
from plain Python: pickle with a custom persistent id and reduce (the pure-Python pickler, so each
opcode is chosen here), tarfile and struct. torch is needed only by the caller, to check that
torch.load reads each file back to the tensors that were written (see check()).

A state is a list of (name, Tensor) where Tensor is (shape, dtype name, little-endian bytes).
"""
import collections
import io
import pickle
import struct
import tarfile
import zipfile

MAGIC_NUMBER = 0x1950a86a20f9469cfc6c
STORAGE = {"float32": "FloatStorage", "float64": "DoubleStorage", "float16": "HalfStorage",
           "int64": "LongStorage", "int32": "IntStorage", "int8": "CharStorage", "uint8": "ByteStorage",
           "bool": "BoolStorage"}
ITEM = {"float32": 4, "float64": 8, "float16": 2, "int64": 8, "int32": 4, "int8": 1, "uint8": 1, "bool": 1}
Tensor = collections.namedtuple("Tensor", "shape dtype data")


class Global:
    """A Python global by name: GLOBAL (protocol < 4) or STACK_GLOBAL."""

    def __init__(self, module, name):
        self.module, self.name = module, name


class Call:
    """REDUCE (or NEWOBJ) of a Global with args, then optional dict items and BUILD state."""

    def __init__(self, fn, args=(), state=None, items=None, newobj=False):
        self.fn, self.args, self.state, self.items, self.newobj = fn, tuple(args), state, items, newobj


class Storage:
    def __init__(self, key, dtype, numel, data):
        self.key, self.dtype, self.numel, self.data = key, dtype, numel, data


class View:
    def __init__(self, root, key, offset, numel):
        self.root, self.key, self.offset, self.numel = root, key, offset, numel


class PersistentRef:
    """A tensor of the tar layout, named in its pickle by a string persistent id."""

    def __init__(self, key):
        self.key = key


class Writer(pickle._Pickler):
    def __init__(self, f, protocol, py2=False, persistent=None):
        super().__init__(f, protocol)
        self.py2, self.persistent = py2, persistent
        self.globals_seen = {}  # a name's first Global: repeats are memo references, as in real pickles
        self.dispatch = dict(pickle._Pickler.dispatch)
        self.dispatch[Global] = Writer.save_global_name
        self.dispatch[Call] = Writer.save_call
        if py2:
            self.dispatch[bytes] = Writer.save_py2_str

    def persistent_id(self, obj):
        return self.persistent(obj) if self.persistent else None

    def save_global_name(self, obj):
        first = self.globals_seen.setdefault((obj.module, obj.name), obj)
        if first is not obj:
            self.write(self.get(self.memo[id(first)][0]))
            return
        if self.proto >= 4:
            self.save(obj.module)
            self.save(obj.name)
            self.write(pickle.STACK_GLOBAL)
        else:
            self.write(pickle.GLOBAL + obj.module.encode() + b"\n" + obj.name.encode() + b"\n")
        self.memoize(obj)

    def save_call(self, obj):
        self.save(obj.fn)
        self.save(obj.args)
        self.write(pickle.NEWOBJ if obj.newobj else pickle.REDUCE)
        self.memoize(obj)
        if obj.items is not None:
            self._batch_setitems(iter(obj.items))
        if obj.state is not None:
            self.save(obj.state)
            self.write(pickle.BUILD)

    def save_py2_str(self, obj):  # what Python 2 wrote for a str
        if len(obj) < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([len(obj)]) + obj)
        else:
            self.write(pickle.BINSTRING + struct.pack("<i", len(obj)) + obj)
        self.memoize(obj)


def dump(f, obj, protocol=2, py2=False, persistent=None):
    Writer(f, protocol, py2, persistent).dump(obj)


def text(value, py2):
    return value.encode() if py2 else value


def contiguous_strides(shape):
    strides, step = [], 1
    for d in reversed(shape):
        strides.insert(0, step)
        step *= max(d, 1)
    return tuple(strides)


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def ordered_dict(items, py2, metadata):
    """collections.OrderedDict as Python 3 pickles it (REDUCE of (), SETITEMS, BUILD) or as Python 2
    does (REDUCE of ([[key, value], ...],), BUILD); `metadata` adds state_dict's _metadata."""
    cls = Global("collections", "OrderedDict")
    state = {text("_metadata", py2): Call(cls, items=[(text("", py2), {text("version", py2): 1})])} if metadata else None
    if py2:
        return Call(cls, ([[k, v] for k, v in items],), state=state)
    return Call(cls, (), state=state, items=items)


def storages_for(state, views):
    """Per tensor its storage (a root, or a View of one root holding every tensor) and the roots."""
    if not views:
        roots = [Storage(str(i), t.dtype, numel(t.shape), t.data) for i, (_, t) in enumerate(state)]
        return roots, roots
    dtype = state[0][1].dtype
    assert all(t.dtype == dtype for _, t in state)
    root = Storage("root", dtype, sum(numel(t.shape) for _, t in state), b"".join(t.data for _, t in state))
    result, offset = [], 0
    for i, (_, t) in enumerate(state):
        result.append(View(root, "view%d" % i, offset, numel(t.shape)))
        offset += numel(t.shape)
    return result, [root]


def tensor_value(style, storage, t, py2):
    """One tensor as the pickle builds it, in one of the styles PyTorch used over the years."""
    size, stride = tuple(t.shape), contiguous_strides(t.shape)
    hooks = Call(Global("collections", "OrderedDict"))
    if style == "v2":
        return Call(Global("torch._utils", "_rebuild_tensor_v2"), (storage, 0, size, stride, False, hooks))
    if style == "v2meta":  # PyTorch 2.x: a seventh argument, the tensor's metadata dict
        return Call(Global("torch._utils", "_rebuild_tensor_v2"), (storage, 0, size, stride, False, hooks, {}))
    if style == "v1":
        return Call(Global("torch._utils", "_rebuild_tensor"), (storage, 0, size, stride))
    cls = STORAGE[t.dtype].replace("Storage", "Tensor")
    built = Call(Global("torch", cls), (), state=(storage, 0, size, stride), newobj=True)
    if style == "build":  # 0.1.x: torch.FloatTensor.__new__, then __setstate__ with a 4-tuple
        return built
    assert style == "variable"  # a Variable wrapping it: 5-tuple (data, grad, hooks, requires_grad, volatile)
    return Call(Global("torch.autograd.variable", "Variable"), (), state=(built, None, None, False, False), newobj=True)


def write_legacy(path, state, protocol=2, style="v2", py2=False, views=False, cuda=False, metadata=True):
    """The legacy layout (torch.save before 1.6): five pickles, then each root storage's data."""
    per_tensor, roots = storages_for(state, views)
    location = "cuda:0" if cuda else "cpu"
    module = "torch.cuda" if cuda else "torch"

    def persistent(obj):
        if isinstance(obj, Storage):
            obj, view = obj, None
        elif isinstance(obj, View):
            obj, view = obj.root, (text(obj.key, py2), obj.offset, obj.numel)
        else:
            return None
        return (text("storage", py2), Global(module, STORAGE[obj.dtype]), text(obj.key, py2), text(location, py2),
                obj.numel, view)

    items = [(text(name, py2), tensor_value(style, s, t, py2)) for (name, t), s in zip(state, per_tensor)]
    sys_info = {text("protocol_version", py2): 1001, text("little_endian", py2): True,
                text("type_sizes", py2): {text("short", py2): 2, text("int", py2): 4, text("long", py2): 8}}
    with open(path, "wb") as f:
        dump(f, MAGIC_NUMBER, protocol, py2)
        dump(f, 1001, protocol, py2)
        dump(f, sys_info, protocol, py2)
        dump(f, ordered_dict(items, py2, metadata), protocol, py2, persistent)
        dump(f, [text(r.key, py2) for r in roots], protocol, py2)
        for root in roots:
            f.write(struct.pack("<q", root.numel))
            f.write(root.data)


def write_tar(path, state, protocol=2, py2=False, views=False, members=("sys_info", "pickle", "tensors", "storages")):
    """PyTorch 0.1.x's tar archive: sys_info, pickle (the state_dict, its tensors persistent ids),
    tensors (per tensor its storage and geometry) and storages (a count, per storage a pickled
    (key, location, type) and its data, then the list of storage views)."""
    per_tensor, roots = storages_for(state, views)
    keys = {}
    for r in roots:
        keys[id(r)] = 1000 + len(keys)
    view_records = []
    for s in per_tensor:
        if isinstance(s, View) and id(s) not in keys:
            keys[id(s)] = 1000 + len(keys)
            view_records.append((keys[id(s)], keys[id(s.root)], s.offset, s.numel))

    def blob(write):
        f = io.BytesIO()
        write(f)
        return f.getvalue()

    def write_storages(f):
        dump(f, len(roots), protocol, py2)
        for r in roots:
            dump(f, (keys[id(r)], text("cpu", py2), Global("torch", STORAGE[r.dtype])), protocol, py2)
            f.write(struct.pack("<q", r.numel))
            f.write(r.data)
        dump(f, view_records, protocol, py2)

    def write_tensors(f):
        dump(f, len(state), protocol, py2)
        for i, ((_, t), s) in enumerate(zip(state, per_tensor)):
            cls = Global("torch", STORAGE[t.dtype].replace("Storage", "Tensor"))
            dump(f, (2000 + i, keys[id(s)], cls), protocol, py2)
            n = len(t.shape)
            f.write(struct.pack("<i", n) + b"\0\0\0\0")
            f.write(struct.pack("<%dq" % n, *t.shape))
            f.write(struct.pack("<%dq" % n, *contiguous_strides(t.shape)))
            f.write(struct.pack("<q", 0))

    def persistent(obj):
        return text(str(obj.key), py2) if isinstance(obj, PersistentRef) else None

    items = [(text(name, py2), PersistentRef(2000 + i)) for i, (name, _) in enumerate(state)]
    sys_info = {text("protocol_version", py2): 1000, text("little_endian", py2): True,
                text("type_sizes", py2): {text("short", py2): 2, text("int", py2): 4, text("long", py2): 8}}
    contents = {
        "sys_info": blob(lambda f: dump(f, sys_info, protocol, py2)),
        "pickle": blob(lambda f: dump(f, ordered_dict(items, py2, False), protocol, py2, persistent)),
        "tensors": blob(write_tensors),
        "storages": blob(write_storages),
    }
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(contents[name]), 1490000000, 0o644
            tar.addfile(info, io.BytesIO(contents[name]))


def rezip(source, path, prefix):
    """The zip layout with another top folder (torch.save names it after the file; writers that
    save to a buffer, and PyTorch 2.x, call it archive/): every entry stored, as PyTorch does."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zout:
        for item in zin.infolist():
            name = prefix + item.filename.split("/", 1)[1]
            zout.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), zin.read(item.filename))
