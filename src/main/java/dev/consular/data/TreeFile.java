package dev.consular.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in JSON file as the build parsed it: the same maps, lists, strings, numbers and booleans
 * that {@link JsonTree} gives, in a compact binary form that needs no parser. Reading JSON at start-up
 * (Jackson's classes, its set-up and the parse) cost a lookup a tenth of its time; this costs a few
 * per cent of that. Only the tool's own data has these files; a data folder or an installed update is
 * read as JSON.
 */
public final class TreeFile {
    /** Where the built-in data's tree files are: {@code index/data/countries/de.json.tree}. */
    public static final String FOLDER = "index/data/";
    public static final String SUFFIX = ".tree";

    private static final int NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, LIST = 5, MAP = 6;

    private TreeFile() {}

    /** The tree of a JSON file, parsed as a lookup would parse it (the build step's reader). */
    public static Object parse(InputStream json) throws IOException {
        return JsonTree.read(json);
    }

    public static void write(Object tree, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        value(tree, data);
        data.flush();
    }

    public static Object read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 16 * 1024));
        return value(data);
    }

    private static void value(Object v, DataOutputStream out) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Double d) {
            out.writeByte(NUMBER);
            out.writeDouble(d);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            string(s, out);
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object e : list) value(e, out);
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string((String) e.getKey(), out);
                value(e.getValue(), out);
            }
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    // UTF-8 with an int length: DataOutputStream.writeUTF stops at 64 KiB and bends the encoding
    private static void string(String s, DataOutputStream out) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object value(DataInputStream in) throws IOException {
        int tag = in.read();
        switch (tag) {
            case NULL:
                return null;
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case NUMBER:
                return in.readDouble();
            case STRING:
                return string(in);
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value(in));
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) map.put(string(in), value(in));
                return map;
            }
            case -1:
                throw new EOFException("the tree file ends early");
            default:
                throw new IOException("not a tree file (tag " + tag + ")");
        }
    }
}
