package vn.gov.sonla.awards.account;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How a stored session's attributes become objects again: each distinct stored value is deserialized once per instance
 * and the object is kept, by the value's bytes, for as long as a session may stay idle. Every request reads its
 * session's security context, CSRF token and sign-in time from PostgreSQL; unchanged, they are the same bytes as on
 * the request before, and the object made from them then is given again, as an instance holding its sessions in
 * memory gives the same objects to every request of a session.
 * <p>
 * The bytes are the key, not the session: an attribute written again (on this instance or another) has other bytes
 * and is deserialized anew, and an ended session's values are never asked for again and leave the memo when idle.
 * A security context carries the details of the sign-in that made it (its session), so no two sessions share one.
 */
final class RememberedSessionAttributes {

    private RememberedSessionAttributes() {
    }

    static ConversionService conversionService(ClassLoader classLoader, long maximumSize, Duration idle) {
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        Cache<ByteBuffer, Object> read = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class,
                bytes -> read.get(ByteBuffer.wrap(bytes), key -> deserializer.convert(bytes)));
        return conversions;
    }
}
