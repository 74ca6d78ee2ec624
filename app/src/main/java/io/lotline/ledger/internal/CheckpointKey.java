package io.lotline.ledger.internal;

import io.lotline.ledger.domain.SignedHead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key pair that signs checkpoints, in one PEM file (private key, then public key) outside the database.
 * Generated on first use when the file does not exist, readable by its owner only; the public key is also written
 * beside it ({@code .pub}) and logged, to be kept where the checkpoints are checked.
 */
class CheckpointKey {
    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN (PRIVATE|PUBLIC) KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1 KEY-----");

    private final Path file;
    private KeyPair pair;

    CheckpointKey(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The key pair, generated and written first if the file does not exist yet. */
    synchronized KeyPair pair() {
        if (pair == null) {
            if (!exists()) {
                generate();
            }
            pair = read();
        }
        return pair;
    }

    /** The public key as X.509, Base64: what a checkpoint carries and what an auditor keeps. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(pair().getPublic().getEncoded());
    }

    private void generate() {
        try {
            KeyPair generated = KeyPairGenerator.getInstance(SignedHead.ALGORITHM).generateKeyPair();
            String pem = pem("PRIVATE", generated.getPrivate().getEncoded())
                    + pem("PUBLIC", generated.getPublic().getEncoded());
            Files.createDirectories(file.getParent());
            if (FilesOnce.write(file, pem.getBytes(StandardCharsets.US_ASCII), true)) {
                Path pub = file.resolveSibling(file.getFileName() + ".pub");
                Files.writeString(pub, pem("PUBLIC", generated.getPublic().getEncoded()), StandardCharsets.US_ASCII);
                log.warn("Generated the ledger checkpoint signing key {} (public key also in {}). Keep the key file "
                                + "out of the database's reach and back it up; the public key, to check checkpoints "
                                + "with: {}", file, pub,
                        Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate " + SignedHead.ALGORITHM + " keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint key " + file + ": " + e.getMessage(), e);
        }
    }

    private KeyPair read() {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] privateKey = null;
            byte[] publicKey = null;
            Matcher block = BLOCK.matcher(pem);
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
                if (block.group(1).equals("PRIVATE")) {
                    privateKey = der;
                } else {
                    publicKey = der;
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException("The checkpoint key " + file + " must hold a PRIVATE KEY and a "
                        + "PUBLIC KEY block (PEM)");
            }
            KeyFactory keys = KeyFactory.getInstance(SignedHead.ALGORITHM);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key " + file + " is not an Ed25519 key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint key " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + " KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + kind + " KEY-----\n";
    }
}
