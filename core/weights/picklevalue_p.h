#pragma once

// Internal to the pickle reader: the values its parser builds, shared by picklereader.cpp (the
// parser) and picklestatedict.cpp (what a state_dict file's pickles must look like).

#include <vector>

#include <QByteArray>

#include "weights/picklereader.h"

namespace nss {

struct PickleReader::Value
{
    enum class Kind { None, Bool, Int, Long, Str, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    qint64 integer = 0;
    QByteArray bytes; // Str: UTF-8; Long: little-endian two's complement; Global: "module name"
    std::vector<Value *> items; // Tuple, List; Dict as key, value, key, value, ...
    PickledStorage storage;
    PickledTensor tensor;
};

} // namespace nss
