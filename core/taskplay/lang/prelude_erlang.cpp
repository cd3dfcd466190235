// The prelude's half of Erlang's :lists and :maps: the functions that take funs (the rest
// are natives, natives_lists.cpp and natives_maps.cpp). An argument of the wrong shape
// fails in a clause of :lists.name/arity, as on the BEAM.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_erlang_source() {
  return R"elixir(
defmodule :lists do
  # each thing (atom, number, charlist; not a binary, as in OTP) as its text, all of it a charlist
  def concat(things) when is_list(things), do: :lists.append(Enum.map(things, &thing_to_list/1))
  defp thing_to_list(a) when is_atom(a), do: Atom.to_charlist(a)
  defp thing_to_list(i) when is_integer(i), do: Integer.to_charlist(i)
  defp thing_to_list(f) when is_float(f), do: :erlang.float_to_list(f)
  defp thing_to_list(l) when is_list(l), do: l

  def map(f, [h | t]) when is_function(f, 1), do: [f.(h) | map(f, t)]
  def map(f, []) when is_function(f, 1), do: []

  def flatmap(f, [h | t]) when is_function(f, 1), do: f.(h) ++ flatmap(f, t)
  def flatmap(f, []) when is_function(f, 1), do: []

  def foldl(f, acc, [h | t]) when is_function(f, 2), do: foldl(f, f.(h, acc), t)
  def foldl(f, acc, []) when is_function(f, 2), do: acc

  def foldr(f, acc, [h | t]) when is_function(f, 2), do: f.(h, foldr(f, acc, t))
  def foldr(f, acc, []) when is_function(f, 2), do: acc

  def mapfoldl(f, acc, [h | t]) when is_function(f, 2) do
    {y, acc} = f.(h, acc)
    {rest, acc} = mapfoldl(f, acc, t)
    {[y | rest], acc}
  end
  def mapfoldl(f, acc, []) when is_function(f, 2), do: {[], acc}

  def mapfoldr(f, acc, [h | t]) when is_function(f, 2) do
    {rest, acc} = mapfoldr(f, acc, t)
    {y, acc} = f.(h, acc)
    {[y | rest], acc}
  end
  def mapfoldr(f, acc, []) when is_function(f, 2), do: {[], acc}

  def filter(pred, list) when is_function(pred, 1), do: for(x <- list, pred.(x), do: x)

  def filtermap(f, [h | t]) when is_function(f, 1) do
    case f.(h) do
      false -> filtermap(f, t)
      true -> [h | filtermap(f, t)]
      {true, y} -> [y | filtermap(f, t)]
    end
  end
  def filtermap(f, []) when is_function(f, 1), do: []

  def foreach(f, [h | t]) when is_function(f, 1) do
    f.(h)
    foreach(f, t)
  end
  def foreach(f, []) when is_function(f, 1), do: :ok

  def all(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> all(pred, t)
      false -> false
    end
  end
  def all(pred, []) when is_function(pred, 1), do: true

  def any(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> true
      false -> any(pred, t)
    end
  end
  def any(pred, []) when is_function(pred, 1), do: false

  def takewhile(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> [h | takewhile(pred, t)]
      false -> []
    end
  end
  def takewhile(pred, []) when is_function(pred, 1), do: []

  def dropwhile(pred, [h | t] = list) when is_function(pred, 1) do
    case pred.(h) do
      true -> dropwhile(pred, t)
      false -> list
    end
  end
  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def splitwith(pred, list) when is_function(pred, 1), do: splitwith(pred, list, [])
  defp splitwith(pred, [h | t] = list, taken) do
    case pred.(h) do
      true -> splitwith(pred, t, [h | taken])
      false -> {:lists.reverse(taken), list}
    end
  end
  defp splitwith(_pred, [], taken), do: {:lists.reverse(taken), []}

  def partition(pred, list) when is_function(pred, 1), do: partition(pred, list, [], [])
  defp partition(pred, [h | t], yes, no) do
    case pred.(h) do
      true -> partition(pred, t, [h | yes], no)
      false -> partition(pred, t, yes, [h | no])
    end
  end
  defp partition(_pred, [], yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  def search(pred, [h | t]) when is_function(pred, 1) do
    case pred.(h) do
      true -> {:value, h}
      false -> search(pred, t)
    end
  end
  def search(pred, []) when is_function(pred, 1), do: false

  def zipwith(f, [a | at], [b | bt]) when is_function(f, 2), do: [f.(a, b) | zipwith(f, at, bt)]
  def zipwith(f, [], []) when is_function(f, 2), do: []

  def keymap(f, n, [h | t]) when is_function(f, 1), do: [:erlang.setelement(n, h, f.(:erlang.element(n, h))) | keymap(f, n, t)]
  def keymap(f, n, []) when is_function(f, 1) and is_integer(n) and n > 0, do: []

  # a stable merge sort taking the left item when f.(left, right) (Erlang's order for
  # a `<=` fun; equal items in reverse for a strict one)
  def sort(f, list) when is_function(f, 2), do: Enum.__merge_sort__(list, f)
  def usort(f, list) when is_function(f, 2), do: usort_dedup(Enum.__merge_sort__(list, f), f)
  defp usort_dedup([a, b | t], f) do
    if f.(a, b) and f.(b, a), do: usort_dedup([a | t], f), else: [a | usort_dedup([b | t], f)]
  end
  defp usort_dedup(list, _f), do: list

  def zip3([a | at], [b | bt], [c | ct]), do: [{a, b, c} | zip3(at, bt, ct)]
  def zip3([], [], []), do: []
  def unzip3(list), do: {for({a, _, _} <- list, do: a), for({_, b, _} <- list, do: b), for({_, _, c} <- list, do: c)}
  def enumerate(list) when is_list(list), do: enumerate(1, list)
  def enumerate(index, list) when is_integer(index) and is_list(list),
    do: Enum.zip(index..(index + length(list) - 1)//1, list)
  def uniq(list) when is_list(list), do: Enum.uniq(list)
  def join(_sep, []), do: []
  def join(sep, [h | t]), do: [h | Enum.flat_map(t, &[sep, &1])]

  def uniq(f, list) when is_function(f, 1) and is_list(list), do: Enum.uniq_by(list, f)
  def zf(f, list), do: filtermap(f, list)
  def flatlength(list), do: length(:lists.flatten(list))
  def keysearch(key, n, list) do
    case :lists.keyfind(key, n, list) do
      false -> false
      tuple -> {:value, tuple}
    end
  end
  def zipwith3(f, [a | at], [b | bt], [c | ct]) when is_function(f, 3), do: [f.(a, b, c) | zipwith3(f, at, bt, ct)]
  def zipwith3(f, [], [], []) when is_function(f, 3), do: []

  # merges of sorted lists: on a tie the item of the earlier list comes first, and the u-
  # merges keep only that one
  def merge(lists) when is_list(lists), do: :lists.foldr(&:lists.merge/2, [], lists)
  def merge3(l1, l2, l3), do: :lists.merge(l1, :lists.merge(l2, l3))
  def merge(f, [h1 | t1] = l1, [h2 | t2] = l2) when is_function(f, 2) do
    if f.(h1, h2), do: [h1 | merge(f, t1, l2)], else: [h2 | merge(f, l1, t2)]
  end
  def merge(f, [], l2) when is_function(f, 2) and is_list(l2), do: l2
  def merge(f, l1, []) when is_function(f, 2) and is_list(l1), do: l1
  def umerge(lists) when is_list(lists), do: :lists.foldr(&umerge/2, [], lists)
  def umerge([h1 | t1] = l1, [h2 | t2] = l2) do
    cond do
      h1 < h2 -> [h1 | umerge(t1, l2)]
      h1 > h2 -> [h2 | umerge(l1, t2)]
      true -> [h1 | umerge(t1, t2)]
    end
  end
  def umerge([], l2) when is_list(l2), do: l2
  def umerge(l1, []) when is_list(l1), do: l1
  def umerge3(l1, l2, l3), do: umerge(l1, umerge(l2, l3))
  def umerge(f, [h1 | t1] = l1, [h2 | t2] = l2) when is_function(f, 2) do
    cond do
      not f.(h1, h2) -> [h2 | umerge(f, l1, t2)]
      f.(h2, h1) -> [h1 | umerge(f, t1, t2)]
      true -> [h1 | umerge(f, t1, l2)]
    end
  end
  def umerge(f, [], l2) when is_function(f, 2) and is_list(l2), do: l2
  def umerge(f, l1, []) when is_function(f, 2) and is_list(l1), do: l1
  def keymerge(n, [h1 | t1] = l1, [h2 | t2] = l2) when is_integer(n) and n > 0 do
    if :erlang.element(n, h1) <= :erlang.element(n, h2),
      do: [h1 | keymerge(n, t1, l2)],
      else: [h2 | keymerge(n, l1, t2)]
  end
  def keymerge(n, [], l2) when is_integer(n) and n > 0 and is_list(l2), do: l2
  def keymerge(n, l1, []) when is_integer(n) and n > 0 and is_list(l1), do: l1
  def ukeymerge(n, [h1 | t1] = l1, [h2 | t2] = l2) when is_integer(n) and n > 0 do
    k1 = :erlang.element(n, h1)
    k2 = :erlang.element(n, h2)
    cond do
      k1 < k2 -> [h1 | ukeymerge(n, t1, l2)]
      k1 > k2 -> [h2 | ukeymerge(n, l1, t2)]
      true -> [h1 | ukeymerge(n, t1, t2)]
    end
  end
  def ukeymerge(n, [], l2) when is_integer(n) and n > 0 and is_list(l2), do: l2
  def ukeymerge(n, l1, []) when is_integer(n) and n > 0 and is_list(l1), do: l1
end

# :proplists as OTP 25 reads a property list: an atom `a` stands for {a, true}, a tuple's
# first element is its key (=:=), and only a 2-tuple gives a value
defmodule :proplists do
  def property({key, true}) when is_atom(key), do: key
  def property(property), do: property
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}

  def unfold([p | ps]) when is_atom(p), do: [{p, true} | unfold(ps)]
  def unfold([p | ps]), do: [p | unfold(ps)]
  def unfold([]), do: []

  def compact(list), do: for(p <- list, do: property(p))

  def lookup(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> {key, true}
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> p
      true -> lookup(key, ps)
    end
  end
  def lookup(_key, []), do: :none

  def lookup_all(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> [{key, true} | lookup_all(key, ps)]
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> [p | lookup_all(key, ps)]
      true -> lookup_all(key, ps)
    end
  end
  def lookup_all(_key, []), do: []

  def is_defined(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> true
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> true
      true -> is_defined(key, ps)
    end
  end
  def is_defined(_key, []), do: false

  def get_value(key, list), do: get_value(key, list, :undefined)
  def get_value(key, [p | ps], default) do
    cond do
      is_atom(p) and p === key -> true
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key ->
        case p do
          {_, value} -> value
          _ -> default
        end
      true -> get_value(key, ps, default)
    end
  end
  def get_value(_key, [], default), do: default

  def get_all_values(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> [true | get_all_values(key, ps)]
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key ->
        case p do
          {_, value} -> [value | get_all_values(key, ps)]
          _ -> get_all_values(key, ps)
        end
      true -> get_all_values(key, ps)
    end
  end
  def get_all_values(_key, []), do: []

  def append_values(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> [true | append_values(key, ps)]
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key ->
        case p do
          {_, value} when is_list(value) -> value ++ append_values(key, ps)
          {_, value} -> [value | append_values(key, ps)]
          _ -> append_values(key, ps)
        end
      true -> append_values(key, ps)
    end
  end
  def append_values(_key, []), do: []

  def get_bool(key, list) do
    case lookup(key, list) do
      :none -> false
      {_, true} -> true
      _ -> false
    end
  end

  # the keys, as OTP collects them: through a :sets set
  def get_keys(list) do
    keys =
      :lists.foldl(
        fn
          p, keys when is_atom(p) -> :sets.add_element(p, keys)
          p, keys when is_tuple(p) and tuple_size(p) >= 1 -> :sets.add_element(elem(p, 0), keys)
          _, keys -> keys
        end,
        :sets.new(),
        list
      )
    :sets.to_list(keys)
  end

  def delete(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> delete(key, ps)
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> delete(key, ps)
      true -> [p | delete(key, ps)]
    end
  end
  def delete(_, []), do: []

  def substitute_aliases(as, props), do: for(p <- props, do: substitute_aliases_1(as, p))
  defp substitute_aliases_1([{key, key1} | as], p) do
    cond do
      is_atom(p) and p === key -> property(key1, true)
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> property(put_elem(p, 0, key1))
      true -> substitute_aliases_1(as, p)
    end
  end
  defp substitute_aliases_1([], p), do: p

  def substitute_negations(as, props), do: for(p <- props, do: substitute_negations_1(as, p))
  defp substitute_negations_1([{key, key1} | as], p) do
    cond do
      is_atom(p) and p === key -> property(key1, false)
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key ->
        case p do
          {_, true} -> property(key1, false)
          {_, false} -> property(key1, true)
          _ -> property(key1, true)
        end
      true -> substitute_negations_1(as, p)
    end
  end
  defp substitute_negations_1([], p), do: p

  def expand(es, ps) when is_list(ps) do
    es1 = for {p, v} <- es, do: {property(p), v}
    flatten_top(expand_0(key_uniq(es1), ps))
  end
  defp expand_0([{p, l} | es], ps), do: expand_0(es, expand_1(p, l, ps))
  defp expand_0([], ps), do: ps
  defp expand_1(p, l, ps) do
    cond do
      is_atom(p) -> expand_2(p, p, l, ps)
      is_tuple(p) and tuple_size(p) >= 1 -> expand_2(elem(p, 0), p, l, ps)
      true -> ps
    end
  end
  defp expand_2(key, p1, l, [p | ps]) do
    cond do
      is_atom(p) and p === key -> expand_3(key, p1, p, l, ps)
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> expand_3(key, p1, property(p), l, ps)
      true -> [p | expand_2(key, p1, l, ps)]
    end
  end
  defp expand_2(_, _, _, []), do: []
  defp expand_3(key, p1, p, l, ps) do
    if p1 === p, do: [l | delete(key, ps)], else: [p | ps]
  end
  defp key_uniq([{k, v} | ps]), do: [{k, v} | key_uniq_1(k, ps)]
  defp key_uniq([]), do: []
  defp key_uniq_1(k, [{k1, v} | ps]) do
    if k === k1, do: key_uniq_1(k, ps), else: [{k1, v} | key_uniq_1(k1, ps)]
  end
  defp key_uniq_1(_, []), do: []
  defp flatten_top([e | es]) when is_list(e), do: e ++ flatten_top(es)
  defp flatten_top([e | es]), do: [e | flatten_top(es)]
  defp flatten_top([]), do: []

  def normalize(l, [{:aliases, as} | xs]), do: normalize(substitute_aliases(as, l), xs)
  def normalize(l, [{:expand, es} | xs]), do: normalize(expand(es, l), xs)
  def normalize(l, [{:negations, ns} | xs]), do: normalize(substitute_negations(ns, l), xs)
  def normalize(l, []), do: compact(l)

  def split(list, keys) do
    store = :maps.from_list(for k <- keys, do: {k, []})
    {store, rest} = split(list, store, [])
    {for(k <- keys, do: :lists.reverse(:maps.get(k, store))), :lists.reverse(rest)}
  end
  defp split([p | ps], store, rest) do
    key =
      cond do
        is_atom(p) -> {:ok, p}
        is_tuple(p) and tuple_size(p) >= 1 -> {:ok, elem(p, 0)}
        true -> :error
      end
    case key do
      {:ok, k} when is_map_key(store, k) -> split(ps, :maps.put(k, [p | :maps.get(k, store)], store), rest)
      _ -> split(ps, store, [p | rest])
    end
  end
  defp split([], store, rest), do: {store, rest}

  def to_map(list) do
    :lists.foldr(
      fn
        {k, v}, m -> :maps.put(k, v, m)
        t, m when is_tuple(t) and tuple_size(t) >= 1 -> :maps.remove(elem(t, 0), m)
        k, m when is_atom(k) -> :maps.put(k, true, m)
        _, m -> m
      end,
      %{},
      list
    )
  end
  def to_map(list, stages), do: to_map(normalize(list, stages))
  def from_map(map), do: :maps.to_list(map)
end

# :file.format_error/1: OTP 25's texts (erl_posix_msg) for the everyday POSIX errors
defmodule :file do
  def read_file(path), do: File.read(IO.chardata_to_string(path))
  def write_file(path, bytes), do: File.write(IO.chardata_to_string(path), bytes)
  def get_cwd, do: {:ok, String.to_charlist(File.cwd!())}
  def set_cwd(dir), do: File.cd(IO.chardata_to_string(dir))
  def format_error(:badarg), do: 'bad argument'
  def format_error(:terminated), do: 'the file server process is terminated'
  def format_error({_line, module, reason}), do: module.format_error(reason)
  def format_error(reason), do: posix(reason)
  defp posix(:eacces), do: 'permission denied'
  defp posix(:eagain), do: 'resource temporarily unavailable'
  defp posix(:ebadf), do: 'bad file number'
  defp posix(:ebusy), do: 'file busy'
  defp posix(:edquot), do: 'disk quota exceeded'
  defp posix(:eexist), do: 'file already exists'
  defp posix(:efault), do: 'bad address in system call argument'
  defp posix(:efbig), do: 'file too large'
  defp posix(:eintr), do: 'interrupted system call'
  defp posix(:einval), do: 'invalid argument'
  defp posix(:eio), do: 'I/O error'
  defp posix(:eisdir), do: 'illegal operation on a directory'
  defp posix(:eloop), do: 'too many levels of symbolic links'
  defp posix(:emfile), do: 'too many open files'
  defp posix(:emlink), do: 'too many links'
  defp posix(:enametoolong), do: 'file name too long'
  defp posix(:enfile), do: 'file table overflow'
  defp posix(:enodev), do: 'no such device'
  defp posix(:enoent), do: 'no such file or directory'
  defp posix(:enomem), do: 'not enough memory'
  defp posix(:enospc), do: 'no space left on device'
  defp posix(:enotblk), do: 'block device required'
  defp posix(:enotdir), do: 'not a directory'
  defp posix(:enotsup), do: 'operation not supported'
  defp posix(:enxio), do: 'no such device or address'
  defp posix(:eperm), do: 'not owner'
  defp posix(:epipe), do: 'broken pipe'
  defp posix(:erange), do: 'math result unrepresentable'
  defp posix(:erofs), do: 'read-only file system'
  defp posix(:espipe), do: 'invalid seek'
  defp posix(:esrch), do: 'no such process'
  defp posix(:estale), do: 'stale remote file handle'
  defp posix(:etxtbsy), do: 'text file or pseudo-device busy'
  defp posix(:exdev), do: 'cross-domain link'
  defp posix(:enotempty), do: 'directory not empty'
  defp posix(:econnrefused), do: 'connection refused'
  defp posix(:econnreset), do: 'connection reset by peer'
  defp posix(:etimedout), do: 'connection timed out'
  defp posix(:ehostunreach), do: 'host is unreachable'
  defp posix(:enetunreach), do: 'network is unreachable'
  defp posix(:eaddrinuse), do: 'address already in use'
  defp posix(_), do: 'unknown POSIX error'
end

# :io's output goes to the device it is given, :standard_io being the process's group leader
# (:taskplay.stdio_device/1): the host's standard output unless Process.group_leader/2 gave it
# another (a StringIO, capture_io's), which gets the I/O requests :io sends on the BEAM
defmodule :io do
  def format(format), do: format(format, [])
  def format(format, args) do
    case :taskplay.stdio_device(:standard_io) do
      pid when is_pid(pid) -> put(pid, {:put_chars, :unicode, :io_lib, :format, [format, args]}, :format, [format, args])
      _ -> :taskplay.io_format(format, args)
    end
  end
  def format(device, format, args) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> put(pid, {:put_chars, :unicode, :io_lib, :format, [format, args]}, :format, [format, args])
      device -> :taskplay.io_format(device, format, args)
    end
  end
  def fwrite(format), do: format(format)
  def fwrite(format, args), do: format(format, args)
  def fwrite(device, format, args), do: format(device, format, args)
  def put_chars(chars), do: put_chars(:standard_io, chars)
  def put_chars(device, chars) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> put(pid, {:put_chars, :unicode, chars}, :put_chars, [chars])
      device -> :taskplay.io_write(device, chars)
    end
  end
  def nl, do: nl(:standard_io)
  def nl(device), do: put_chars(device, '\n')
  def write(term), do: write(:standard_io, term)
  def write(device, term) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> put(pid, {:put_chars, :unicode, :io_lib, :write, [term]}, :write, [term])
      device -> :taskplay.io_write(device, :io_lib.write(term))
    end
  end

  # an I/O request to a device and its answer ({:error, :terminated} if the device dies)
  def request(device, request) do
    ref = Process.monitor(device)
    send(device, {:io_request, self(), ref, request})
    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, _, _, _} -> {:error, :terminated}
    end
  end
  # :io's output functions fail as OTP's: :no_translation for chardata the device cannot
  # take in its encoding, :terminated for a device gone, else :badarg, raised as from
  # :io.function(device, args...)
  defp put(pid, request, function, args) do
    case request(pid, request) do
      {:error, reason} ->
        {:current_stacktrace, stacktrace} = Process.info(self(), :current_stacktrace)
        reason =
          case reason do
            {:no_translation, _, _} -> :no_translation
            :terminated -> :terminated
            _ -> :badarg
          end
        :erlang.raise(:error, reason, [{:io, function, [pid | args], []} | Enum.drop(stacktrace, 2)])
      reply -> reply
    end
  end

  def get_password(), do: get_password(:standard_io)
  def get_password(device) do
    case :taskplay.stdio_device(device) do
      pid when is_pid(pid) -> request(pid, {:get_password, :unicode})
      _ -> with line when is_binary(line) <- IO.gets(""), do: String.to_charlist(line)
    end
  end
end

defmodule :unicode do
  # characters_to_binary/3 from and to :unicode (UTF-8) or :latin1 (bytes): the binary, or
  # {:error, converted, rest} at a code point the target's encoding has none for
  def characters_to_binary(data, from, to) when from in [:unicode, :utf8, :latin1] and to in [:unicode, :utf8, :latin1] do
    codes = if from == :latin1, do: latin1_codes(data), else: :unicode.characters_to_list(data)
    limit = if from == :latin1 or to == :latin1, do: 256, else: 0x110000
    case if(is_list(codes), do: Enum.split_while(codes, &(&1 < limit)), else: codes) do
      {codes, []} -> codes_to_binary(codes, to)
      {codes, rest} -> {:error, codes_to_binary(codes, to), rest}
      error -> error
    end
  end
  defp latin1_codes(data) when is_binary(data), do: :erlang.binary_to_list(data)
  defp latin1_codes(data) when is_list(data), do: Enum.flat_map(List.flatten(data), &latin1_codes/1)
  defp latin1_codes(code) when is_integer(code), do: [code]
  defp codes_to_binary(codes, :latin1), do: :erlang.list_to_binary(codes)
  defp codes_to_binary(codes, _), do: List.to_string(codes)
end

# :calendar's gregorian days count from 0000-01-01, as Calendar.ISO's; its years are any
# from 0 (Calendar.ISO's -9999 to 9999)
defmodule :calendar do
  def is_leap_year(year) when is_integer(year) and year >= 0,
    do: rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)
  def last_day_of_the_month(year, 2) when is_integer(year) and year >= 0, do: if(is_leap_year(year), do: 29, else: 28)
  def last_day_of_the_month(year, month) when is_integer(year) and year >= 0 and month in [4, 6, 9, 11], do: 30
  def last_day_of_the_month(year, month) when is_integer(year) and year >= 0 and month in 1..12, do: 31
  def valid_date({y, m, d}), do: valid_date(y, m, d)
  def valid_date(y, m, d) when is_integer(y) and is_integer(m) and is_integer(d),
    do: y >= 0 and m in 1..12 and d >= 1 and d <= last_day_of_the_month(y, m)
  def date_to_gregorian_days({y, m, d}), do: date_to_gregorian_days(y, m, d)
  def date_to_gregorian_days(y, m, d), do: Calendar.ISO.__days__(y, m, d)
  def gregorian_days_to_date(days), do: Calendar.ISO.__date__(days)
  def day_of_the_week({y, m, d}), do: day_of_the_week(y, m, d)
  def day_of_the_week(y, m, d), do: rem(Calendar.ISO.__days__(y, m, d) + 5, 7) + 1
  def time_to_seconds({h, m, s}), do: h * 3600 + m * 60 + s
  def seconds_to_time(s), do: {div(s, 3600), div(rem(s, 3600), 60), rem(s, 60)}
  def datetime_to_gregorian_seconds({date, time}), do: date_to_gregorian_days(date) * 86400 + time_to_seconds(time)
  def gregorian_seconds_to_datetime(s), do: {gregorian_days_to_date(div(s, 86400)), seconds_to_time(rem(s, 86400))}
  # the run's clock (System.os_time/1); local time is UTC, as on a host without TZ set
  def universal_time(), do: gregorian_seconds_to_datetime(System.os_time(:second) + 62_167_219_200)
  def local_time(), do: universal_time()
end

# :erlang's clock readings, from the run's clock as System's are
defmodule :erlang do
  def now(), do: timestamp(System.os_time(:microsecond))
  def timestamp(), do: timestamp(System.os_time(:microsecond))
  def universaltime(), do: :calendar.universal_time()
  def localtime(), do: :calendar.local_time()
  def date(), do: elem(:calendar.local_time(), 0)
  def time(), do: elem(:calendar.local_time(), 1)
  def convert_time_unit(time, from, to), do: System.convert_time_unit(time, from, to)
  def split_binary(binary, position) when is_binary(binary) and is_integer(position) and position >= 0 and position <= byte_size(binary),
    do: {binary_part(binary, 0, position), binary_part(binary, position, byte_size(binary) - position)}
  def split_binary(binary, position), do: :erlang.error(:badarg, [binary, position])
  def garbage_collect(), do: true
  def garbage_collect(pid) when is_pid(pid), do: Process.alive?(pid)
  defp timestamp(us), do: {div(us, 1_000_000_000_000), rem(div(us, 1_000_000), 1_000_000), rem(us, 1_000_000)}
end

# :string's everyday part: tokens/2 (charlists), split/2,3 and trim/1 (binaries or charlists)
defmodule :string do
  def tokens(string, separators) when is_list(string) and is_list(separators) do
    string
    |> Enum.chunk_by(&(&1 in separators))
    |> Enum.reject(&(hd(&1) in separators))
  end
  def split(string, separator), do: split(string, separator, :leading)
  def split(string, separator, where) when is_binary(string) do
    separator = IO.chardata_to_string(separator)
    case where do
      :all -> String.split(string, separator)
      :leading -> String.split(string, separator, parts: 2)
      :trailing ->
        case :binary.matches(string, separator) do
          [] -> [string]
          matches ->
            {pos, len} = List.last(matches)
            [binary_part(string, 0, pos), binary_part(string, pos + len, byte_size(string) - pos - len)]
        end
    end
  end
  def split(string, separator, where) when is_list(string),
    do: Enum.map(split(List.to_string(string), separator, where), &String.to_charlist/1)
  def trim(string) when is_binary(string), do: String.trim(string)
  def trim(string) when is_list(string), do: String.to_charlist(String.trim(List.to_string(string)))

  # the rest of its everyday part: a binary gives a binary, a charlist a charlist
  def uppercase(string), do: same_kind(string, &String.upcase/1)
  def lowercase(string), do: same_kind(string, &String.downcase/1)
  def casefold(string), do: same_kind(string, &String.downcase/1)
  def titlecase(string), do: same_kind(string, &title/1)
  def length(string), do: String.length(text(string))
  def is_empty(string), do: text(string) == ""
  def equal(a, b), do: text(a) == text(b)
  def equal(a, b, false), do: equal(a, b)
  def equal(a, b, true), do: String.downcase(text(a)) == String.downcase(text(b))
  def reverse(string) do
    text(string) |> String.graphemes() |> Enum.reverse() |> Enum.map(&grapheme/1)
  end
  def slice(string, start), do: same_kind(string, &String.slice(&1, start..-1//1))
  def slice(string, start, length), do: same_kind(string, &String.slice(&1, start, length))
  def chomp(string), do: same_kind(string, &String.replace_suffix(String.replace_suffix(&1, "\n", ""), "\r", ""))
  def prefix(string, prefix) do
    {s, p} = {text(string), text(prefix)}
    if String.starts_with?(s, p), do: back(string, binary_part(s, byte_size(p), byte_size(s) - byte_size(p))), else: :nomatch
  end
  def find(string, search), do: find(string, search, :leading)
  def find(string, search, direction) do
    {s, p} = {text(string), text(search)}
    matches = if p == "", do: [{0, 0}], else: :binary.matches(s, p)
    case matches do
      [] -> :nomatch
      _ ->
        {pos, _} = if direction == :trailing, do: List.last(matches), else: hd(matches)
        back(string, binary_part(s, pos, byte_size(s) - pos))
    end
  end
  # [before, replacement, after]: Erlang's chardata, the pieces of the kind given
  def replace(string, pattern, replacement), do: replace(string, pattern, replacement, :leading)
  def replace(string, pattern, replacement, where) do
    parts = split(string, pattern, where)
    Enum.intersperse(parts, replacement)
  end
  def pad(string, length), do: pad(string, length, :trailing, ?\s)
  def pad(string, length, direction), do: pad(string, length, direction, ?\s)
  def pad(string, length, direction, char) do
    n = Kernel.max(length - String.length(text(string)), 0)
    case direction do
      :trailing -> [string | :lists.duplicate(n, char)]
      :leading -> [:lists.duplicate(n, char), string]
      :both -> [:lists.duplicate(div(n, 2), char), string, :lists.duplicate(n - div(n, 2), char)]
    end
  end
  def to_integer(string) do
    case Integer.parse(text(string)) do
      {int, rest} -> {int, back(string, rest)}
      :error -> {:error, :no_integer}
    end
  end
  def to_float(string) do
    s = text(string)
    case Regex.run(~r/^[+-]?\d+\.\d+([eE][+-]?\d+)?/, s) do
      [number | _] -> {String.to_float(number), back(string, binary_part(s, byte_size(number), byte_size(s) - byte_size(number)))}
      nil -> {:error, :no_float}
    end
  end
  def join(strings, separator), do: :lists.append(Enum.intersperse(strings, separator))

  defp text(string) when is_binary(string), do: string
  defp text(string) when is_list(string), do: IO.chardata_to_string(string)
  defp back(original, result) when is_list(original), do: String.to_charlist(result)
  defp back(_original, result), do: result
  defp same_kind(string, fun), do: back(string, fun.(text(string)))
  defp title(""), do: ""
  defp title(s) do
    {first, rest} = String.next_grapheme(s)
    String.upcase(first) <> rest
  end
  defp grapheme(g) do
    case String.to_charlist(g) do
      [c] -> c
      cs -> cs
    end
  end
end

defmodule :ets do
  # the halves of :ets that take funs (the rest are natives, natives_ets.cpp): the objects
  # in the table's order (foldr: from the last)
  def foldl(f, acc, table) when is_function(f, 2), do: :lists.foldl(f, acc, :taskplay.ets_fold_list(table, :foldl))
  def foldr(f, acc, table) when is_function(f, 2), do: :lists.foldl(f, acc, :taskplay.ets_fold_list(table, :foldr))
end

# :maps' functions that take funs call them in :maps.iterator's order
# (:taskplay.map_iteration/1: key order up to 32 keys, else the trie's; docs/map_order.md)
defmodule :maps do
  def map(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :taskplay.map_iteration(map), do: {k, f.(k, v)})
  end
  def map(f, map), do: :taskplay.maps_error(:map, map_error(map), [f, map])
  def filter(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(for {k, v} <- :taskplay.map_iteration(map), f.(k, v), do: {k, v})
  end
  def filter(f, map), do: :taskplay.maps_error(:filter, map_error(map), [f, map])
  def filtermap(f, map) when is_function(f, 2) and is_map(map) do
    :maps.from_list(:lists.filtermap(fn {k, v} ->
      case f.(k, v) do
        true -> true
        false -> false
        {true, y} -> {true, {k, y}}
      end
    end, :taskplay.map_iteration(map)))
  end
  def filtermap(f, map), do: :taskplay.maps_error(:filtermap, map_error(map), [f, map])
  def fold(f, acc, map) when is_function(f, 3) and is_map(map) do
    :lists.foldl(fn {k, v}, acc -> f.(k, v, acc) end, acc, :taskplay.map_iteration(map))
  end
  def fold(f, acc, map), do: :taskplay.maps_error(:fold, map_error(map), [f, acc, map])
  def foreach(f, map) when is_function(f, 2) and is_map(map) do
    :lists.foreach(fn {k, v} -> f.(k, v) end, :taskplay.map_iteration(map))
  end
  def foreach(f, map), do: :taskplay.maps_error(:foreach, map_error(map), [f, map])

  # the combiner sees the keys of both in the smaller map's iterator order
  def merge_with(f, map1, map2) when is_function(f, 3) and is_map(map1) and is_map(map2) do
    if map_size(map1) > map_size(map2) do
      :lists.foldl(fn {k, v2}, acc ->
        case acc do
          %{^k => v1} -> :maps.put(k, f.(k, v1, v2), acc)
          %{} -> :maps.put(k, v2, acc)
        end
      end, map1, :taskplay.map_iteration(map2))
    else
      :lists.foldl(fn {k, v1}, acc ->
        case acc do
          %{^k => v2} -> :maps.put(k, f.(k, v1, v2), acc)
          %{} -> :maps.put(k, v1, acc)
        end
      end, map2, :taskplay.map_iteration(map1))
    end
  end
  def merge_with(f, map1, map2), do: :taskplay.maps_error(:merge_with, map_error(map1, map2), [f, map1, map2])
  def intersect_with(f, map1, map2) when is_function(f, 3) and is_map(map1) and is_map(map2) do
    {small, big, g} =
      if map_size(map1) > map_size(map2),
        do: {map2, map1, fn k, v2, v1 -> f.(k, v1, v2) end},
        else: {map1, map2, f}
    :maps.from_list(for {k, v} <- :taskplay.map_iteration(small), :maps.is_key(k, big),
                      do: {k, g.(k, v, :maps.get(k, big))})
  end
  def intersect_with(f, map1, map2), do: :taskplay.maps_error(:intersect_with, map_error(map1, map2), [f, map1, map2])
  # the keys of both, with map2's values
  def intersect(map1, map2) when is_map(map1) and is_map(map2),
    do: intersect_with(fn _k, _v1, v2 -> v2 end, map1, map2)
  def intersect(map1, map2), do: :taskplay.maps_error(:intersect, map_error(map1, map2), [map1, map2])

  def groups_from_list(f, list) when is_function(f, 1) and is_list(list),
    do: groups_from_list(f, fn x -> x end, list)
  def groups_from_list(f, list), do: :taskplay.maps_error(:groups_from_list, :badarg, [f, list])
  def groups_from_list(f, g, list) when is_function(f, 1) and is_function(g, 1) and is_list(list) do
    # from the list's end, as OTP 25 calls the funs
    :lists.foldr(fn x, acc ->
      k = f.(x)
      v = g.(x)
      case acc do
        %{^k => vs} -> :maps.put(k, [v | vs], acc)
        %{} -> :maps.put(k, [v], acc)
      end
    end, %{}, list)
  end
  def groups_from_list(f, g, list), do: :taskplay.maps_error(:groups_from_list, :badarg, [f, g, list])

  defp map_error(map) when is_map(map), do: :badarg
  defp map_error(other), do: {:badmap, other}
  defp map_error(map1, map2) when is_map(map1), do: map_error(map2)
  defp map_error(map1, _map2), do: {:badmap, map1}
  def update_with(key, f, map) when is_function(f, 1) and is_map(map) do
    :maps.put(key, f.(:maps.get(key, map)), map)
  end
  def update_with(key, f, init, map) when is_function(f, 1) and is_map(map) do
    case :maps.find(key, map) do
      {:ok, v} -> :maps.put(key, f.(v), map)
      :error -> :maps.put(key, init, map)
    end
  end
end

# Erlang's :rand as OTP 25 keeps it: a state is {handler, alg_state}, the handler a map
# naming the algorithm and its functions (printed as the BEAM prints them), the process's
# own state under :rand_seed in its dictionary. The generators' arithmetic is native
# (natives_rand.cpp: :taskplay.rand_*); a process that never seeded starts from
# default_seed/0, the run's seed and its pid (so a recorded run replays the same numbers)
# with the clock and a unique integer, as the BEAM mixes its pid, clock and a unique integer.
defmodule :rand do
  def seed(alg), do: seed_put(seed_s(alg))
  def seed(alg, seed), do: seed_put(seed_s(alg, seed))

  def seed_s({handler, _alg_state} = state) when is_map(handler), do: state
  def seed_s({alg, alg_state}) when is_atom(alg), do: {mk_alg(alg), alg_state}
  def seed_s(alg), do: seed_s(alg, default_seed())
  def seed_s(:default, seed), do: seed_s(:exsss, seed)
  def seed_s(alg, seed) do
    handler = mk_alg(alg)
    {handler, :taskplay.rand_seed(alg, seed)}
  end

  def export_seed() do
    case :erlang.get(:rand_seed) do
      {%{type: alg}, alg_state} -> {alg, alg_state}
      _ -> :undefined
    end
  end
  def export_seed_s({%{type: alg}, alg_state}), do: {alg, alg_state}

  def uniform() do
    {x, state} = uniform_s(seed_get())
    seed_put(state)
    x
  end
  def uniform(n) do
    {x, state} = uniform_s(n, seed_get())
    seed_put(state)
    x
  end
  def uniform_s({handler, _} = state) when is_map(handler), do: :taskplay.rand_uniform(state)
  def uniform_s(n, {handler, _} = state) when is_integer(n) and n >= 1 and is_map(handler),
    do: :taskplay.rand_uniform_n(n, state)

  def uniform_real() do
    {x, state} = uniform_real_s(seed_get())
    seed_put(state)
    x
  end
  def uniform_real_s({handler, _} = state) when is_map(handler), do: :taskplay.rand_uniform_real(state)

  def jump(), do: seed_put(jump(seed_get()))
  def jump({%{jump: jump}, _} = state), do: jump.(state)
  def jump({%{}, _}), do: :erlang.error(:not_implemented)

  defp seed_put(state) do
    :erlang.put(:rand_seed, state)
    state
  end
  defp seed_get() do
    case :erlang.get(:rand_seed) do
      :undefined -> seed(:exsss)
      old -> old
    end
  end
  defp default_seed(), do: {:taskplay.process_seed(), :erlang.system_time(), :erlang.unique_integer()}

  defp mk_alg(:exsss) do
    %{type: :exsss, bits: 58,
      next: fn s -> next(:exsss, s) end, # elixir_fun 0.34006561 in :rand.exsss_next
      uniform: fn st -> uniform_s(st) end, # elixir_fun 1.34006561 in :rand.exsss_uniform
      uniform_n: fn n, st -> uniform_s(n, st) end, # elixir_fun 2.34006561 in :rand.exsss_uniform
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 3.34006561 in :rand.exsplus_jump
  end
  defp mk_alg(:exsp) do
    %{type: :exsp, bits: 58, weak_low_bits: 1,
      next: fn s -> next(:exsp, s) end, # elixir_fun 5.34006561 in :rand.exsp_next
      uniform: fn st -> uniform_s(st) end, # elixir_fun 7.34006561 in :rand.exsp_uniform
      uniform_n: fn n, st -> uniform_s(n, st) end, # elixir_fun 8.34006561 in :rand.exsp_uniform
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 3.34006561 in :rand.exsplus_jump
  end
  defp mk_alg(:exsplus) do
    %{type: :exsplus, max: 288230376151711743,
      next: fn s -> next(:exsplus, s) end, # elixir_fun 5.34006561 in :rand.exsp_next
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 3.34006561 in :rand.exsplus_jump
  end
  defp mk_alg(:exrop) do
    %{type: :exrop, bits: 58, weak_low_bits: 1,
      next: fn s -> next(:exrop, s) end, # elixir_fun 14.34006561 in :rand.exrop_next
      uniform: fn st -> uniform_s(st) end, # elixir_fun 15.34006561 in :rand.exrop_uniform
      uniform_n: fn n, st -> uniform_s(n, st) end, # elixir_fun 16.34006561 in :rand.exrop_uniform
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 17.34006561 in :rand.exrop_jump
  end
  defp mk_alg(:exro928ss) do
    %{type: :exro928ss, bits: 58,
      next: fn s -> next(:exro928ss, s) end, # elixir_fun 19.34006561 in :rand.exro928ss_next
      uniform: fn st -> uniform_s(st) end, # elixir_fun 20.34006561 in :rand.exro928ss_uniform
      uniform_n: fn n, st -> uniform_s(n, st) end, # elixir_fun 21.34006561 in :rand.exro928ss_uniform
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 22.34006561 in :rand.exro928_jump
  end
  defp mk_alg(:exs1024) do
    %{type: :exs1024, max: 18446744073709551615,
      next: fn s -> next(:exs1024, s) end, # elixir_fun 11.34006561 in :rand.exs1024_next
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 12.34006561 in :rand.exs1024_jump
  end
  defp mk_alg(:exs1024s) do
    %{type: :exs1024s, bits: 64, weak_low_bits: 3,
      next: fn s -> next(:exs1024s, s) end, # elixir_fun 11.34006561 in :rand.exs1024_next
      jump: fn st -> :taskplay.rand_jump(st) end} # elixir_fun 12.34006561 in :rand.exs1024_jump
  end
  defp mk_alg(:exs64) do
    %{type: :exs64, max: 18446744073709551615,
      next: fn s -> next(:exs64, s) end} # elixir_fun 9.34006561 in :rand.exs64_next
  end
  defp mk_alg(:dummy) do
    %{type: :dummy, bits: 58,
      next: fn s -> next(:dummy, s) end, # elixir_fun 24.34006561 in :rand.dummy_next
      uniform: fn st -> uniform_s(st) end, # elixir_fun 25.34006561 in :rand.dummy_uniform
      uniform_n: fn n, st -> uniform_s(n, st) end} # elixir_fun 26.34006561 in :rand.dummy_uniform
  end

  # an algorithm's next/1 on its own state: {word, new alg_state}
  defp next(alg, alg_state), do: :taskplay.rand_next(alg, alg_state)
end

# Erlang's :queue as OTP keeps it, {rear, front}: items go in at the rear's head and come
# out at the front's head; when one side runs out, half of the other is turned over
defmodule :queue do
  def new(), do: {[], []}
  def is_queue({rear, front}) when is_list(rear) and is_list(front), do: true
  def is_queue(_), do: false
  def is_empty({[], []}), do: true
  def is_empty({rear, front}) when is_list(rear) and is_list(front), do: false
  def len({rear, front}) when is_list(rear) and is_list(front), do: length(rear) + length(front)
  def to_list({rear, front}) when is_list(rear) and is_list(front), do: front ++ :lists.reverse(rear)
  def from_list(list) when is_list(list), do: rear_from_front(list)
  def member(x, {rear, front}) when is_list(rear) and is_list(front), do: :lists.member(x, rear) or :lists.member(x, front)

  # in/2 is a native (natives_erlang.cpp): `in` is an operator the language cannot define
  def in_r(x, {[], [_] = front}), do: {front, [x]}
  def in_r(x, {rear, front}) when is_list(rear) and is_list(front), do: {rear, [x | front]}

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}
  def out({[y | rear], []}) do
    [v | front] = :lists.reverse(rear, [])
    {{:value, v}, {[y], front}}
  end
  def out({rear, [v]}) when is_list(rear), do: {{:value, v}, front_from_rear(rear)}
  def out({rear, [v | front]}) when is_list(rear), do: {{:value, v}, {rear, front}}

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}
  def out_r({[], [y | front]}) do
    [v | rear] = :lists.reverse(front, [])
    {{:value, v}, {rear, [y]}}
  end
  def out_r({[v], front}) when is_list(front), do: {{:value, v}, rear_from_front(front)}
  def out_r({[v | rear], front}) when is_list(front), do: {{:value, v}, {rear, front}}

  def get({[], []} = q), do: :erlang.error(:empty, [q])
  def get({rear, front}) when is_list(rear) and is_list(front), do: get(rear, front)
  defp get(rear, [x | _]) when is_list(rear), do: x
  defp get([x], []), do: x
  defp get([_ | rear], []), do: List.last(rear)
  def get_r({[], []} = q), do: :erlang.error(:empty, [q])
  def get_r({[x | _], front}) when is_list(front), do: x
  def get_r({[], [x]}), do: x
  def get_r({[], [_ | front]}), do: List.last(front)
  def peek({[], []}), do: :empty
  def peek(q), do: {:value, get(q)}
  def peek_r({[], []}), do: :empty
  def peek_r(q), do: {:value, get_r(q)}
  def drop({[], []} = q), do: :erlang.error(:empty, [q])
  def drop(q), do: elem(out(q), 1)
  def drop_r({[], []} = q), do: :erlang.error(:empty, [q])
  def drop_r(q), do: elem(out_r(q), 1)

  def head({[], []} = q), do: :erlang.error(:empty, [q])
  def head({rear, front}) when is_list(rear) and is_list(front), do: get(rear, front)
  def tail(q), do: drop(q)
  def cons(x, q), do: in_r(x, q)
  def snoc(q, x), do: :queue.in(x, q)
  def daeh(q), do: get_r(q)
  def last(q), do: get_r(q)
  def liat(q), do: drop_r(q)
  def lait(q), do: drop_r(q)
  def init(q), do: drop_r(q)

  def all(pred, {rear, front}) when is_function(pred, 1) and is_list(rear) and is_list(front),
    do: :lists.all(pred, front) and :lists.all(pred, rear)
  def any(pred, {rear, front}) when is_function(pred, 1) and is_list(rear) and is_list(front),
    do: :lists.any(pred, front) or :lists.any(pred, rear)
  def fold(fun, acc, {rear, front}) when is_function(fun, 2) and is_list(rear) and is_list(front),
    do: :lists.foldr(fun, :lists.foldl(fun, acc, front), rear)
  def filtermap(fun, {rear, front}) when is_function(fun, 1) and is_list(rear) and is_list(front) do
    front = :lists.filtermap(fun, front)
    rear = :lists.reverse(:lists.filtermap(fun, :lists.reverse(rear)))
    cond do
      rear == [] -> rear_from_front(front)
      front == [] -> front_from_rear(rear)
      true -> {rear, front}
    end
  end

  # the first item (=:=, or passing pred) from the front goes; a side left empty is refilled
  def delete(item, q), do: delete_with(&(&1 === item), q)
  def delete_r(item, q), do: reverse(delete(item, reverse(q)))
  def delete_with(pred, {rear, front} = q) when is_function(pred, 1) and is_list(rear) and is_list(front) do
    case delete_front(pred, front) do
      false ->
        case delete_rear(pred, rear) do
          false -> q
          [] -> rear_from_front(front)
          rear1 -> {rear1, front}
        end
      [] -> front_from_rear(rear)
      front1 -> {rear, front1}
    end
  end
  def delete_with_r(pred, q), do: reverse(delete_with(pred, reverse(q)))
  defp delete_front(pred, [x | rest]) do
    if pred.(x) do
      rest
    else
      case delete_front(pred, rest) do
        false -> false
        f -> [x | f]
      end
    end
  end
  defp delete_front(_, []), do: false
  defp delete_rear(pred, [x | rest]) do
    case delete_rear(pred, rest) do
      false -> if pred.(x), do: rest, else: false
      r -> [x | r]
    end
  end
  defp delete_rear(_, []), do: false

  def split(0, {rear, front} = q) when is_list(rear) and is_list(front), do: {{[], []}, q}
  def split(n, {rear, front} = q) when is_integer(n) and n >= 1 and is_list(rear) and is_list(front) do
    lf = length(front)
    cond do
      n < lf ->
        {taken, rest} = :lists.split(n, front)
        {{:lists.reverse(tl(taken)), [hd(taken)]}, {rear, rest}}
      n > lf ->
        m = length(rear) - (n - lf)
        cond do
          m < 0 -> :erlang.error(:badarg, [n, q])
          m > 0 ->
            {kept, rest} = :lists.split(m, rear)
            {{rest, front}, {[hd(kept)], :lists.reverse(tl(kept))}}
          true -> {q, {[], []}}
        end
      true ->
        {rear_from_front(front), front_from_rear(rear)}
    end
  end

  def reverse({rear, front}) when is_list(rear) and is_list(front), do: {front, rear}
  def join({rear1, front1}, {rear2, front2}) when is_list(rear1) and is_list(front1) and is_list(rear2) and is_list(front2) do
    cond do
      rear1 == [] and front1 == [] -> {rear2, front2}
      rear2 == [] and front2 == [] -> {rear1, front1}
      true -> {rear2, front1 ++ :lists.reverse(rear1, front2)}
    end
  end
  # fun may answer true, false or a list of items to put in the item's place (OTP's filter/2);
  # the rear is walked from its far end, so fun sees the items in the queue's order
  def filter(fun, {rear, front}) when is_function(fun, 1) and is_list(rear) and is_list(front) do
    front = filter_f(fun, front)
    rear = filter_r(fun, rear)
    cond do
      rear == [] -> rear_from_front(front)
      front == [] -> front_from_rear(rear)
      true -> {rear, front}
    end
  end
  defp filter_f(_, []), do: []
  defp filter_f(fun, [x | f]) do
    case fun.(x) do
      true -> [x | filter_f(fun, f)]
      [y] -> [y | filter_f(fun, f)]
      false -> filter_f(fun, f)
      [] -> filter_f(fun, f)
      l when is_list(l) -> l ++ filter_f(fun, f)
    end
  end
  defp filter_r(_, []), do: []
  defp filter_r(fun, [x | r0]) do
    r = filter_r(fun, r0)
    case fun.(x) do
      true -> [x | r]
      [y] -> [y | r]
      false -> r
      [] -> r
      l when is_list(l) -> :lists.reverse(l, r)
    end
  end

  # half of a rear list becomes the front (and the other way), as OTP balances them
  defp front_from_rear([]), do: {[], []}
  defp front_from_rear([_] = rear), do: {[], rear}
  defp front_from_rear(rear) do
    {keep, turn} = :lists.split(div(length(rear), 2), rear)
    {keep, :lists.reverse(turn, [])}
  end
  defp rear_from_front([]), do: {[], []}
  defp rear_from_front([_] = front), do: {front, []}
  defp rear_from_front(front) do
    {keep, turn} = :lists.split(div(length(front), 2), front)
    {:lists.reverse(turn, []), keep}
  end
end
)elixir";
}

}  // namespace taskplay::lang
