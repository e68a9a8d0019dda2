package vn.gov.sonla.awards.web;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.UserFacing;

/**
 * The one place where domain refusals become HTTP answers: not found 404, not allowed 403, wrong stage or
 * a concurrent change 409 — each as the error page with a Vietnamese (or English) explanation.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletResponse response, Locale locale) {
        return page(HttpStatus.NOT_FOUND, messages.getMessage("error.notFound", null, locale), response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletResponse response, Locale locale) {
        return page(HttpStatus.FORBIDDEN, explain(e, locale), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response, Locale locale) {
        return page(HttpStatus.CONFLICT, explain(e, locale), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response, Locale locale) {
        return page(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.upload.tooLarge", null, locale), response);
    }

    /** A multipart body the server read but whose parts do not parse (a file name with a stray quote, say). */
    @ExceptionHandler(MultipartException.class)
    ModelAndView malformedMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response,
                                    Locale locale) {
        if (request.getDispatcherType() != DispatcherType.ERROR) { // the filter that refused it has said so
            Malformed.warn(log, request, HttpStatus.BAD_REQUEST.value(), e);
        }
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("error.text.400", null, locale), response);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView concurrentChange(HttpServletResponse response, Locale locale) {
        return page(HttpStatus.CONFLICT, messages.getMessage("error.stale", null, locale), response);
    }

    private String explain(UserFacing e, Locale locale) {
        return messages.getMessage(e, locale);
    }

    private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("explanation", message);
        return mav;
    }
}
