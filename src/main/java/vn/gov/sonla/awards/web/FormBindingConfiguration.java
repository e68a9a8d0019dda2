package vn.gov.sonla.awards.web;

import java.lang.annotation.Annotation;
import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Form records are built through their constructor from what was posted. When a typed field cannot be read (a birth
 * year "abc", a crafted id), Spring still builds the record but leaves a binding result that is not attached to it,
 * and skips validation: the form page then failed with a 500 while showing the errors, and text that validation
 * would refuse (a NUL, say) was no longer refused. Here such a form gets its errors on the record it was built into,
 * keeping the values that could not be read, and is validated at once, so it comes back with each field's message
 * and everything that was typed.
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                            NativeWebRequest request) {
                        return new FormDataBinder(target, objectName);
                    }
                };
            }
        };
    }

    /** Spring's binder for a request, which keeps a form record whole when one of its typed fields cannot be read. */
    static final class FormDataBinder extends ExtendedServletRequestDataBinder {

        private AbstractPropertyBindingResult onRecord;

        FormDataBinder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        public void construct(ValueResolver valueResolver) {
            super.construct(valueResolver);
            BindingResult constructed = getBindingResult();
            Object record = getTarget();
            if (record == null || !constructed.hasErrors()) {
                return;
            }
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(record, getObjectName(),
                    isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
            errors.addAllErrors(constructed);
            if (validated()) {
                // the fields that were read are checked as they would have been; one message per field is enough
                BeanPropertyBindingResult checked = new BeanPropertyBindingResult(record, getObjectName());
                for (Validator validator : getValidatorsToApply()) {
                    validator.validate(record, checked);
                }
                for (ObjectError error : checked.getAllErrors()) {
                    if (!(error instanceof FieldError field) || !errors.hasFieldErrors(field.getField())) {
                        errors.addError(error);
                    }
                }
            }
            onRecord = errors;
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            return onRecord != null ? onRecord : super.getInternalBindingResult();
        }

        private boolean validated() {
            if (getTargetType() != null && getTargetType().getSource() instanceof MethodParameter parameter) {
                for (Annotation annotation : parameter.getParameterAnnotations()) {
                    if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
