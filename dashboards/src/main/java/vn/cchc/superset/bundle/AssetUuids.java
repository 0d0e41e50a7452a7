package vn.cchc.superset.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Fixed identities of the assets we manage: a name-based UUID (RFC 9562 version 5, SHA-1) of a
 * natural key such as {@code chart:ranking-by-band}. Superset matches imported assets by uuid, so
 * the same key always lands on the same object, in every Superset, on every run.
 */
public final class AssetUuids {
  private AssetUuids() {}

  /**
   * Our namespace: the version 5 uuid of {@code urn:cchc-analytics:superset} in the RFC's URL
   * namespace.
   */
  public static final UUID NAMESPACE =
      v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:cchc-analytics:superset");

  public static UUID of(String naturalKey) {
    return v5(NAMESPACE, naturalKey);
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
