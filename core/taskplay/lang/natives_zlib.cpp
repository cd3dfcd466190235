// :zlib's one-shot functions on zlib (Debian's zlib1g natively, its source built for wasm
// by scripts/setup), the library the BEAM's :zlib uses, so the bytes are the BEAM's:
// compress/1 and uncompress/1 (zlib format), gzip/1 and gunzip/1 (gzip: no name, time 0,
// OS Unix), zip/1 and unzip/1 (raw deflate), all at the default level, memory level 8.
// Data that does not inflate is :erlang.error(:data_error), as OTP 25 raises it.

#include <zlib.h>

#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view Z = "zlib";

[[noreturn]] void data_error() { throw Raised{RaiseKind::error, Term::atom("data_error"), Term()}; }

// window bits: 15 zlib, 31 gzip, -15 raw
Term deflate_all(Ctx& c, const Term& data, int window_bits, std::string_view fun) {
  std::string in;
  if (!iodata_into(data, in)) bif_badarg(Z, fun, {data});
  charge(c, in.size() / 64);
  z_stream s{};
  if (deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK)
    bif_badarg(Z, fun, {data});
  std::string out(deflateBound(&s, uLong(in.size())), '\0');
  s.next_in = reinterpret_cast<Bytef*>(in.data());
  s.avail_in = uInt(in.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = uInt(out.size());
  int rc = deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  if (rc != Z_STREAM_END) bif_badarg(Z, fun, {data});
  need_heap(c, words_of_bytes(out.size()));
  return Term::string(out);
}

Term inflate_all(Ctx& c, const Term& data, int window_bits, std::string_view fun) {
  std::string in;
  if (!iodata_into(data, in)) bif_badarg(Z, fun, {data});
  charge(c, in.size() / 64);
  z_stream s{};
  if (inflateInit2(&s, window_bits) != Z_OK) bif_badarg(Z, fun, {data});
  s.next_in = reinterpret_cast<Bytef*>(in.data());
  s.avail_in = uInt(in.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    s.next_out = reinterpret_cast<Bytef*>(buf);
    s.avail_out = sizeof buf;
    rc = inflate(&s, Z_NO_FLUSH);
    out.append(buf, sizeof buf - s.avail_out);
    if (rc == Z_OK) {
      need_heap(c, words_of_bytes(out.size()));
      charge(c, 16);
    }
    if (rc == Z_BUF_ERROR && s.avail_in == 0) break;  // the input ended before the stream
  }
  inflateEnd(&s);
  if (rc != Z_STREAM_END) data_error();
  need_heap(c, words_of_bytes(out.size()));
  return Term::string(out);
}

Term compress(Ctx& c, Term* a) { return deflate_all(c, a[0], 15, "compress"); }
Term uncompress(Ctx& c, Term* a) { return inflate_all(c, a[0], 15, "uncompress"); }
Term gzip(Ctx& c, Term* a) { return deflate_all(c, a[0], 31, "gzip"); }
Term gunzip(Ctx& c, Term* a) { return inflate_all(c, a[0], 31, "gunzip"); }
Term zip(Ctx& c, Term* a) { return deflate_all(c, a[0], -15, "zip"); }
Term unzip(Ctx& c, Term* a) { return inflate_all(c, a[0], -15, "unzip"); }

constexpr Native kTable[] = {
    {Z, "compress", 1, compress, nullptr}, {Z, "uncompress", 1, uncompress, nullptr},
    {Z, "gzip", 1, gzip, nullptr},         {Z, "gunzip", 1, gunzip, nullptr},
    {Z, "zip", 1, zip, nullptr},           {Z, "unzip", 1, unzip, nullptr},
};

}  // namespace

std::span<const Native> zlib_natives() { return kTable; }

}  // namespace taskplay::lang
