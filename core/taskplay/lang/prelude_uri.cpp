// URI as Elixir 1.14's lib/uri.ex behaves: parse (RFC 3986's appendix B regular
// expression), new/new! (the strict parser, {:error, part}), merge (reference resolution),
// to_string, default ports, the percent-encodings and queries. URI.Error's fields are in
// elixir_structs.cpp.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_uri_source() {
  return R"elixir(
defmodule URI do
  # the ports Elixir knows; default_port/2 adds a scheme's for the rest of the run (Elixir
  # keeps them in the :elixir application's environment)
  def default_port(scheme) when is_binary(scheme) do
    case :persistent_term.get({:"$taskplay_uri_port", scheme}, nil) do
      nil ->
        %{"ftp" => 21, "sftp" => 22, "tftp" => 69, "http" => 80, "https" => 443,
          "ldap" => 389, "ws" => 80, "wss" => 443}[scheme]

      port ->
        port
    end
  end

  def default_port(scheme, port) when is_binary(scheme) and is_integer(port) and port >= 0 do
    :persistent_term.put({:"$taskplay_uri_port", scheme}, port)
    :ok
  end

  # URI.new/1 (Elixir 1.14's strict parser, :uri_string's RFC 3986 checks): {:ok, uri} or
  # {:error, part}, the part being the offending character, or ":" once a scheme was read
  # (as :uri_string reports it). The result has no authority (that field is deprecated).
  def new(%{__struct__: URI} = uri), do: {:ok, uri}

  def new(string) when is_binary(string) do
    case invalid_part(string) do
      nil ->
        uri = %{parse(string) | authority: nil}
        # "http://host:/" has an empty port: :uri_string's :undefined
        uri = if uri.host && Regex.match?(~r{^[^/?#]*://[^/?#]*:([/?#]|$)}, string),
          do: %{uri | port: :undefined}, else: uri
        {:ok, uri}

      part ->
        {:error, part}
    end
  end

  def new!(uri) do
    case new(uri) do
      {:ok, uri} ->
        uri

      {:error, part} ->
        e = %{__struct__: URI.Error, __exception__: true, action: :parse, reason: :invalid_uri, part: part}
        raise :taskplay.note_message(e, "cannot parse due to reason invalid_uri: #{inspect(part)}")
    end
  end

  defp invalid_part(string) do
    {scheme, rest} =
      case Regex.run(~r/^([^\/?#]*):(.*)$/s, string) do
        [_, scheme, rest] -> {scheme, rest}
        nil -> {nil, string}
      end

    cond do
      scheme != nil and not Regex.match?(~r/^[a-zA-Z][a-zA-Z0-9+.\-]*$/, scheme) ->
        bad_char(scheme) || ":"

      bad = bad_char(rest) ->
        if scheme, do: ":", else: bad

      scheme != nil and not valid_authority?(rest) ->
        ":"

      true ->
        nil
    end
  end

  # the first character RFC 3986 allows nowhere in a URI (a space, <, >, ", {, }, |, \, ^, `,
  # a control or non-ASCII byte)
  defp bad_char(text) do
    case Regex.run(~r/[^A-Za-z0-9\-._~:\/?#\[\]@!$&'()*+,;=%]/u, text) do
      [char] -> char
      nil -> nil
    end
  end

  defp valid_authority?("//" <> rest) do
    authority = rest |> String.split(["/", "?", "#"], parts: 2) |> hd()
    hostport =
      case String.split(authority, "@") do
        [hp] -> {:ok, hp}
        [_userinfo, hp] -> {:ok, hp}
        _ -> :error
      end

    case hostport do
      {:ok, "[" <> ipv6} -> Regex.match?(~r/^[0-9a-fA-F:.]*\](:[0-9]*)?$/, ipv6)
      {:ok, hp} -> Regex.match?(~r/^[^:\[\]]*(:[0-9]*)?$/, hp)
      :error -> false
    end
  end

  defp valid_authority?(_), do: true

  # URI.merge/2: RFC 3986's reference resolution, dot segments removed as Elixir 1.14 does
  # (a trailing "." or ".." leaves no trailing slash; ".." past the root is dropped)
  def merge(%{__struct__: URI, host: nil}, _rel),
    do: raise(ArgumentError, "you must merge onto an absolute URI")

  def merge(%{__struct__: URI} = base, %{__struct__: URI} = rel) do
    cond do
      rel.scheme != nil -> %{rel | path: dotless(rel.path)}
      rel.host != nil -> %{rel | scheme: base.scheme, path: dotless(rel.path)}
      rel.path == nil -> %{base | query: rel.query || base.query, fragment: rel.fragment}
      true -> %{base | path: merged_path(base.path || "/", rel.path), query: rel.query, fragment: rel.fragment}
    end
  end

  def merge(base, rel), do: merge(parse(base), parse(rel))

  defp merged_path(_base, "/" <> _ = rel), do: dotless(rel)

  defp merged_path(base, rel) do
    directory = base |> String.split("/") |> Enum.drop(-1)
    without_dots(directory ++ String.split(rel, "/"))
  end

  defp dotless(nil), do: nil
  defp dotless(path), do: without_dots(String.split(path, "/"))

  # an absolute path keeps its root however many ".." it has
  defp without_dots(["" | segments]) when segments != [], do: "/" <> without_dots(segments)

  # right to left: each ".." removes the nearest segment before it that is not one
  defp without_dots(segments) do
    {kept, _pending} =
      segments
      |> Enum.reverse()
      |> Enum.reduce({[], 0}, fn
        ".", acc -> acc
        "..", {kept, pending} -> {kept, pending + 1}
        _segment, {kept, pending} when pending > 0 -> {kept, pending - 1}
        segment, {kept, 0} -> {[segment | kept], 0}
      end)

    Enum.join(kept, "/")
  end

  def parse(%{__struct__: URI} = uri), do: uri
  def parse(string) when is_binary(string) do
    regex = ~r{^(([a-z][a-z0-9\+\-\.]*):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?}i
    parts = Regex.run(regex, string) ++ List.duplicate(nil, 10)
    [_full, _scheme_with_colon, scheme, authority_with_slashes, _authority, path,
     query_with_question_mark, _query, _fragment_with_hash, fragment | _] = parts
    path = nillify(path)
    scheme = nillify(scheme)
    query = case query_with_question_mark do
      "?" <> query -> query
      _ -> nil
    end
    {authority, userinfo, host, port} = split_authority(authority_with_slashes || "")
    scheme = scheme && String.downcase(scheme)
    port = port || (scheme && default_port(scheme))
    %{__struct__: URI, scheme: scheme, path: path, query: query, fragment: fragment,
      authority: authority, userinfo: userinfo, host: host, port: port}
  end

  defp split_authority(""), do: {nil, nil, nil, nil}
  defp split_authority("//"), do: {"", nil, "", nil}
  defp split_authority("//" <> authority) do
    regex = ~r/(^(.*)@)?(\[[a-zA-Z0-9:.]*\]|[^:]*)(:(\d*))?/
    [_, _, userinfo, host, _, port | _] = Regex.run(regex, authority) ++ List.duplicate("", 6)
    userinfo = nillify(userinfo)
    host = if nillify(host), do: host |> String.trim_leading("[") |> String.trim_trailing("]")
    port = if nillify(port), do: String.to_integer(port)
    {authority, userinfo, host, port}
  end

  defp nillify(""), do: nil
  defp nillify(other), do: other

  def to_string(%{host: host, path: "" <> path} = uri)
      when host != nil and path != "" and binary_part(path, 0, 1) != "/" do
    raise ArgumentError,
          ":path in URI must be empty or an absolute path if URL has a :host, got: #{inspect(uri)}"
  end

  def to_string(%{scheme: scheme, port: port, path: path, query: query, fragment: fragment} = uri) do
    uri = if scheme && default_port(scheme) == port, do: %{uri | port: nil}, else: uri
    authority = extract_authority(uri)
    IO.iodata_to_binary([
      if(scheme, do: [scheme, ?:], else: []),
      if(authority, do: ["//" | authority], else: []),
      if(path, do: path, else: []),
      if(query, do: ["?" | query], else: []),
      if(fragment, do: ["#" | fragment], else: [])
    ])
  end

  defp extract_authority(%{host: nil, authority: authority}), do: authority
  defp extract_authority(%{host: host, userinfo: userinfo, port: port}) do
    [
      if(userinfo, do: [userinfo | "@"], else: []),
      if(String.contains?(host, ":"), do: ["[", host | "]"], else: host),
      if(port, do: [":" | Integer.to_string(port)], else: [])
    ]
  end

  def char_reserved?(c) when is_integer(c), do: c in ':/?#[]@!$&\'()*+,;='
  def char_unreserved?(c) when is_integer(c),
    do: c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c in '~_-.'
  def char_unescaped?(c) when is_integer(c), do: char_reserved?(c) or char_unreserved?(c)

  def encode(string, predicate \\ &char_unescaped?/1) when is_binary(string) and is_function(predicate, 1) do
    for <<byte <- string>>, into: "", do: percent(byte, predicate, false)
  end

  def encode_www_form(string) when is_binary(string) do
    for <<byte <- string>>, into: "", do: percent(byte, &char_unreserved?/1, true)
  end

  defp percent(?\s, _predicate, true), do: "+"
  defp percent(byte, predicate, _spaces) do
    if predicate.(byte), do: <<byte>>, else: "%" <> String.pad_leading(Integer.to_string(byte, 16), 2, "0")
  end

  # a % not followed by two hex digits stays as it is (Elixir 1.14 no longer raises)
  def decode(uri) when is_binary(uri), do: unpercent(uri, "", false)
  def decode_www_form(string) when is_binary(string), do: unpercent(string, "", true)

  defp unpercent(<<?+, tail::binary>>, acc, true), do: unpercent(tail, <<acc::binary, ?\s>>, true)
  defp unpercent(<<?%, hex1, hex2, tail::binary>>, acc, spaces)
       when hex1 in '0123456789abcdefABCDEF' and hex2 in '0123456789abcdefABCDEF',
       do: unpercent(tail, <<acc::binary, String.to_integer(<<hex1, hex2>>, 16)>>, spaces)
  defp unpercent(<<head, tail::binary>>, acc, spaces), do: unpercent(tail, <<acc::binary, head>>, spaces)
  defp unpercent(<<>>, acc, _spaces), do: acc

  def encode_query(enumerable, encoding \\ :www_form) do
    Enum.map_join(enumerable, "&", fn
      {key, _} when is_list(key) ->
        raise ArgumentError, "encode_query/2 keys cannot be lists, got: #{inspect(key)}"
      {_, value} when is_list(value) ->
        raise ArgumentError, "encode_query/2 values cannot be lists, got: #{inspect(value)}"
      {key, value} ->
        encode_with(Kernel.to_string(key), encoding) <> "=" <> encode_with(Kernel.to_string(value), encoding)
    end)
  end

  defp encode_with(string, :www_form), do: encode_www_form(string)
  defp encode_with(string, :rfc3986), do: encode(string, &char_unreserved?/1)
  defp decode_with(string, :www_form), do: decode_www_form(string)
  defp decode_with(string, :rfc3986), do: decode(string)

  def decode_query(query, map \\ %{}, encoding \\ :www_form) when is_binary(query) and is_map(map) do
    case next_pair(query, encoding) do
      nil -> map
      {{key, value}, rest} -> decode_query(rest, Map.put(map, key, value), encoding)
    end
  end

  def query_decoder(query, encoding \\ :www_form) when is_binary(query),
    do: Stream.unfold(query, &next_pair(&1, encoding))

  defp next_pair("", _encoding), do: nil
  defp next_pair(query, encoding) do
    {pair, rest} =
      case :binary.split(query, "&") do
        [pair, rest] -> {pair, rest}
        [pair] -> {pair, ""}
      end
    pair =
      case :binary.split(pair, "=") do
        [key, value] -> {decode_with(key, encoding), decode_with(value, encoding)}
        [key] -> {decode_with(key, encoding), ""}
      end
    {pair, rest}
  end

  def append_query(%{__struct__: URI} = uri, query) when is_binary(query) and uri.query in [nil, ""],
    do: %{uri | query: query}
  def append_query(%{__struct__: URI} = uri, query) when is_binary(query) do
    separator = if String.ends_with?(uri.query, "&"), do: "", else: "&"
    %{uri | query: uri.query <> separator <> query}
  end
end

defimpl String.Chars, for: URI do
  def to_string(uri), do: URI.to_string(uri)
end
)elixir";
}

}  // namespace taskplay::lang
