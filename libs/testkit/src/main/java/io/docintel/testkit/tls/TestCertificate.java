package io.docintel.testkit.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC (P-256) key pair and its X.509 v3 certificate, made in memory with the JDK's own crypto (no
 * keytool, nothing downloaded): a self-signed {@link #authority CA}, and the server certificates
 * it {@link #issue issues} with the host names and addresses clients will check.
 */
public record TestCertificate(KeyPair keys, X509Certificate certificate) {

  private static final String SHA256_WITH_ECDSA = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final Duration VALIDITY = Duration.ofDays(7);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A self-signed certificate authority called {@code commonName}, valid for a week. */
  public static TestCertificate authority(String commonName) {
    KeyPair keys = newKeyPair();
    byte[] name = name(commonName);
    byte[] extensions = Der.sequence(extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))));
    return new TestCertificate(keys, sign(name, keys.getPublic(), name, keys, extensions));
  }

  /**
   * A server certificate for {@code commonName} signed by this authority, naming {@code dnsNames}
   * and {@code addresses} as subject alternative names (what TLS hostname verification reads).
   */
  public TestCertificate issue(String commonName, List<String> dnsNames, List<InetAddress> addresses) {
    KeyPair serverKeys = newKeyPair();
    List<byte[]> names = new ArrayList<>();
    dnsNames.forEach(dns -> names.add(Der.implicit(2, dns.getBytes(StandardCharsets.US_ASCII))));
    addresses.forEach(address -> names.add(Der.implicit(7, address.getAddress())));
    byte[] extensions = Der.sequence(
        extension(BASIC_CONSTRAINTS, true, Der.sequence()),
        extension(SUBJECT_ALT_NAME, false, Der.sequence(names.toArray(byte[][]::new))));
    return new TestCertificate(serverKeys, sign(name(commonName), serverKeys.getPublic(),
        certificate.getSubjectX500Principal().getEncoded(), keys, extensions));
  }

  private static X509Certificate sign(byte[] subject, PublicKey subjectKey, byte[] issuer, KeyPair issuerKeys,
      byte[] extensions) {
    Instant now = Instant.now();
    byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_ECDSA));
    byte[] toBeSigned = Der.sequence(
        Der.explicit(0, Der.integer(BigInteger.TWO)),
        Der.integer(new BigInteger(63, RANDOM).add(BigInteger.ONE)),
        algorithm,
        issuer,
        Der.sequence(Der.utcTime(now.minus(Duration.ofHours(1))), Der.utcTime(now.plus(VALIDITY))),
        subject,
        subjectKey.getEncoded(),
        Der.explicit(3, extensions));
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(issuerKeys.getPrivate());
      signer.update(toBeSigned);
      byte[] encoded = Der.sequence(toBeSigned, algorithm, Der.bitString(signer.sign()));
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a test certificate", e);
    }
  }

  private static byte[] name(String commonName) {
    return Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
        : Der.sequence(Der.oid(oid), Der.octetString(value));
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no P-256 key pair generator in this JDK", e);
    }
  }
}
